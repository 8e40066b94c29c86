/**
 * ActivityPub on the server: WebFinger, NodeInfo, the organisation's and spaces' actors, inboxes (verify,
 * queue, answer 202), outboxes and followers, and deliveries as durable jobs. The protocol pieces that need
 * no server (signatures, address guard, bounded HTTP) are in {@code communa-federation}.
 */
package org.communa.server.federation;

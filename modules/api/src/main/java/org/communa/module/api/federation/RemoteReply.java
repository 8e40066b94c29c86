package org.communa.module.api.federation;

/**
 * A Note from the fediverse in reply to one of the module's published objects, as the host received it
 * (signature verified, sender and author the same account).
 *
 * @param actor the ActivityPub id of the account that wrote it
 * @param noteId the Note's own id (the same vote or reply sent twice has the same id)
 * @param name the Note's name: on a reply to a poll, the option voted for (Mastodon's convention); may be empty
 * @param content its text, markup removed; may be empty (a poll vote has none)
 * @since 1.4
 */
public record RemoteReply(String actor, String noteId, String name, String content) {
}

/** Outgoing e-mail, sent by durable jobs over SMTP. */
package org.communa.server.mail;

package org.communa.server.accounts;

import java.util.Map;
import org.communa.server.mail.OutgoingMail;

/** The account e-mails, in the participant's language (French first, then English, Catalan, Spanish). */
final class AccountEmails {

    private record Text(String subject, String body) {
    }

    private static final Map<String, Map<String, Text>> TEXTS = Map.of(
            "confirm", Map.of(
                    "fr", new Text("Confirmez votre adresse", "Bonjour,\n\nPour activer votre compte, ouvrez ce lien (valable 24 heures) :\n%s\n\nSi vous n'êtes pas à l'origine de cette inscription, ignorez ce message."),
                    "en", new Text("Confirm your address", "Hello,\n\nTo activate your account, open this link (valid for 24 hours):\n%s\n\nIf you did not sign up, ignore this message."),
                    "ca", new Text("Confirmeu la vostra adreça", "Hola,\n\nPer activar el vostre compte, obriu aquest enllaç (vàlid 24 hores):\n%s\n\nSi no us heu registrat, ignoreu aquest missatge."),
                    "es", new Text("Confirme su dirección", "Hola,\n\nPara activar su cuenta, abra este enlace (válido 24 horas):\n%s\n\nSi no se ha registrado, ignore este mensaje.")),
            "already", Map.of(
                    "fr", new Text("Vous avez déjà un compte", "Bonjour,\n\nQuelqu'un a voulu créer un compte avec votre adresse, qui en a déjà un. Si c'était vous, connectez-vous ou réinitialisez votre mot de passe :\n%s"),
                    "en", new Text("You already have an account", "Hello,\n\nSomeone tried to sign up with your address, which already has an account. If it was you, sign in or reset your password:\n%s"),
                    "ca", new Text("Ja teniu un compte", "Hola,\n\nAlgú ha intentat registrar-se amb la vostra adreça, que ja té un compte. Si éreu vós, inicieu sessió o restabliu la contrasenya:\n%s"),
                    "es", new Text("Ya tiene una cuenta", "Hola,\n\nAlguien intentó registrarse con su dirección, que ya tiene una cuenta. Si fue usted, inicie sesión o restablezca su contraseña:\n%s")),
            "reset", Map.of(
                    "fr", new Text("Réinitialisez votre mot de passe", "Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable 1 heure) :\n%s\n\nSi vous n'avez rien demandé, ignorez ce message."),
                    "en", new Text("Reset your password", "Hello,\n\nTo choose a new password, open this link (valid for 1 hour):\n%s\n\nIf you did not ask for this, ignore this message."),
                    "ca", new Text("Restabliu la contrasenya", "Hola,\n\nPer triar una contrasenya nova, obriu aquest enllaç (vàlid 1 hora):\n%s\n\nSi no ho heu demanat, ignoreu aquest missatge."),
                    "es", new Text("Restablezca su contraseña", "Hola,\n\nPara elegir una contraseña nueva, abra este enlace (válido 1 hora):\n%s\n\nSi no lo ha solicitado, ignore este mensaje.")),
            "change_email", Map.of(
                    "fr", new Text("Confirmez votre nouvelle adresse", "Bonjour,\n\nPour utiliser cette adresse sur votre compte, ouvrez ce lien (valable 24 heures) :\n%s"),
                    "en", new Text("Confirm your new address", "Hello,\n\nTo use this address for your account, open this link (valid for 24 hours):\n%s"),
                    "ca", new Text("Confirmeu la vostra adreça nova", "Hola,\n\nPer fer servir aquesta adreça al vostre compte, obriu aquest enllaç (vàlid 24 hores):\n%s"),
                    "es", new Text("Confirme su nueva dirección", "Hola,\n\nPara usar esta dirección en su cuenta, abra este enlace (válido 24 horas):\n%s")));

    private AccountEmails() {
    }

    /** The e-mail, named after the organisation whose site sent it (one address may have accounts on several). */
    static OutgoingMail compose(String kind, String locale, String to, String link, String organisation) {
        Map<String, Text> byLocale = TEXTS.get(kind);
        Text text = byLocale.getOrDefault(locale, byLocale.get("fr"));
        return new OutgoingMail(to, text.subject() + " · " + organisation, String.format(text.body(), link) + "\n\n— " + organisation);
    }
}

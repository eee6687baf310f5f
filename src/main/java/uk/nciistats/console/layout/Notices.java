package uk.nciistats.console.layout;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import uk.nciistats.console.account.Sentences;

/** The short messages the console shows in a corner. */
public final class Notices {
    private Notices() {
    }

    public static void done(String message) {
        var notice = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** A refusal or failure the user must read, as a sentence: stays for ten seconds. */
    public static void refused(String message) {
        var notice = Notification.show(Sentences.of(message), 10_000, Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notice.setId("refusal");
    }
}

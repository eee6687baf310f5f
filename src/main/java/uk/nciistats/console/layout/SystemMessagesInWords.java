package uk.nciistats.console.layout;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What the browser says when the console cannot go on: Vaadin's own messages ("Session Expired",
 * "Internal error"), in words. A session ends when the user signs out in another tab, an
 * administrator disables the account or resets its password (the session epoch), or it is left
 * for an hour: the next click is not carried out, so nothing half-done is stored. The browser says
 * so and, on a click or Escape, reloads the page, which asks the user to sign in and then returns
 * to it.
 */
@ApplicationScoped
public class SystemMessagesInWords {
    static final String SIGNED_OUT = "You were signed out";
    static final String SIGNED_OUT_WHY = "Your session ended: you signed out in another tab or window, an administrator"
            + " changed your account, or it was left unused for an hour. What you did last was not saved, and nothing"
            + " you had not saved is stored. Click here or press Escape to sign in again; you come back to this page.";

    void speakPlainly(@Observes ServiceInitEvent event) {
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredCaption(SIGNED_OUT);
        messages.setSessionExpiredMessage(SIGNED_OUT_WHY);
        messages.setInternalErrorCaption("Something went wrong on the server");
        messages.setInternalErrorMessage("What you did last may not have been saved. Click here or press Escape to"
                + " reload the page and see what is stored, then try again.");
        messages.setCookiesDisabledCaption("Cookies are switched off");
        messages.setCookiesDisabledMessage("The console needs a cookie to keep you signed in. Allow cookies for this"
                + " site in your browser, then click here to try again.");
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}

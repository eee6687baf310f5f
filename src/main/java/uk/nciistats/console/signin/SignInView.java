package uk.nciistats.console.signin;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;

/** The console's front door: a user name and password form. */
@Route("login")
@PageTitle("Sign in · NCII Stats")
@AnonymousAllowed
@CdiComponent
public class SignInView extends VerticalLayout implements BeforeEnterObserver {
    private final ConsoleSignIn signIn;
    private final LoginForm form = new LoginForm(texts());

    @Inject
    public SignInView(ConsoleSignIn signIn) {
        this.signIn = signIn;
        form.setId("sign-in");
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::signIn);
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        add(new H1("Sign in to NCII Stats"),
                new Paragraph("Police forces' returns about non-consensual intimate image abuse"), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (VaadinRequest.getCurrent().getUserPrincipal() != null) {
            event.forwardTo("");
        }
    }

    private void signIn(LoginEvent event) {
        if (signIn.signIn(event.getUsername(), event.getPassword())) {
            // A full page load, so that every later request carries the signed-in principal.
            var contextPath = VaadinServletRequest.getCurrent().getContextPath();
            UI.getCurrent().getPage().setLocation(contextPath + "/" + signIn.pathAskedFor().orElse(""));
        } else {
            form.setError(true);
            form.setEnabled(true);
        }
    }

    private static LoginI18n texts() {
        var texts = LoginI18n.createDefault();
        texts.getForm().setTitle("Sign in");
        texts.getForm().setUsername("User name");
        texts.getForm().setSubmit("Sign in");
        texts.getErrorMessage().setTitle("Wrong user name or password");
        texts.getErrorMessage().setMessage("Check both and try again.");
        return texts;
    }
}

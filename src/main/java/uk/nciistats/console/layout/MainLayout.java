package uk.nciistats.console.layout;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import uk.nciistats.console.account.ChangePasswordDialog;
import uk.nciistats.console.signin.ConsoleSignIn;
import uk.nciistats.security.Caller;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.UserService;

/**
 * The frame of every signed-in view: the brand, who is signed in, Sign out, and a side navigation
 * built from the views' {@code @Menu} annotations, keeping only those the user may open. A new
 * feature adds itself to the navigation by annotating its view.
 */
@PermitAll
@CdiComponent
public class MainLayout extends AppLayout {
    private final ConsoleSignIn signIn;
    private final UserService users;
    private final SideNav navigation = new SideNav();

    @Inject
    public MainLayout(CallerContext callers, ConsoleSignIn signIn, UserService users) {
        this.signIn = signIn;
        this.users = users;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header(callers.current()));
        var brand = new Span("NCII Stats");
        brand.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600")
                .set("padding", "var(--lumo-space-m)");
        navigation.setId("navigation");
        addToDrawer(brand, new Scroller(navigation));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        navigation.removeAll();
        MenuConfiguration.getMenuEntries().stream().map(MainLayout::item).forEach(navigation::addItem);
    }

    private HorizontalLayout header(Caller caller) {
        var who = new Span(caller.name() + " · " + caller.role());
        who.setId("signed-in-user");
        var signOut = new Button("Sign out", e -> signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var changePassword = new Button("Change password", e -> new ChangePasswordDialog(users).open());
        changePassword.setId("change-password");
        changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var header = new HorizontalLayout(who, changePassword, signOut);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        return header;
    }

    private void signOut() {
        var contextPath = VaadinServletRequest.getCurrent().getContextPath();
        UI.getCurrent().getPage().setLocation(contextPath + "/login");
        signIn.signOut();
    }

    private static SideNavItem item(MenuEntry entry) {
        var item = new SideNavItem(entry.title(), entry.path());
        if (entry.icon() != null && entry.icon().contains(":")) {
            var icon = entry.icon().split(":", 2);
            item.setPrefixComponent(new Icon(icon[0], icon[1]));
        }
        var path = entry.path().replaceFirst("^/", "");
        item.setId("nav-" + (path.isEmpty() ? "dashboard" : path.replaceAll("[^A-Za-z0-9]+", "-")));
        return item;
    }
}

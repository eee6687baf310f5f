package uk.nciistats.console.layout;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
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
 * The frame of every signed-in view: the brand, the screen's heading, who is signed in, Sign out,
 * and a side navigation built from the views' {@code @Menu} annotations, keeping only those the
 * user may open. A new feature adds itself to the navigation by annotating its view. The heading is
 * the page's one {@code h1}: the view's page title without " · NCII Stats", or what a view that
 * {@link HasHeading} says.
 */
@PermitAll
@CdiComponent
public class MainLayout extends AppLayout implements AfterNavigationObserver {
    static final String TITLE_SUFFIX = " · NCII Stats";
    private final ConsoleSignIn signIn;
    private final UserService users;
    private final SideNav navigation = new SideNav();
    private final H1 heading = new H1();

    @Inject
    public MainLayout(CallerContext callers, ConsoleSignIn signIn, UserService users) {
        this.signIn = signIn;
        this.users = users;
        setPrimarySection(Section.DRAWER);
        heading.setId("screen-heading");
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0")
                .set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis");
        addToNavbar(new DrawerToggle(), heading, header(callers.current()));
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

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showHeadingOf(getContent());
    }

    /**
     * Shows the heading and page title a view has now, after the view changed what it shows (a
     * return renamed); on the first navigation the router does this itself.
     */
    public static void retitle(Component view) {
        view.getUI().ifPresent(ui -> {
            if (view instanceof HasDynamicTitle titled) {
                ui.getPage().setTitle(titled.getPageTitle());
            }
        });
        var layout = view.findAncestor(MainLayout.class);
        if (layout != null) {
            layout.showHeadingOf(view);
        }
    }

    private void showHeadingOf(Component view) {
        heading.setText(headingOf(view));
    }

    /** What a view's heading says: its own, or its page title without the product's name. */
    static String headingOf(Component view) {
        if (view instanceof HasHeading named) {
            return named.heading();
        }
        String title = view instanceof HasDynamicTitle titled ? titled.getPageTitle()
                : view == null || view.getClass().getAnnotation(PageTitle.class) == null ? ""
                : view.getClass().getAnnotation(PageTitle.class).value();
        return title.endsWith(TITLE_SUFFIX) ? title.substring(0, title.length() - TITLE_SUFFIX.length()) : title;
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

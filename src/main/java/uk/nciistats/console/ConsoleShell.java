package uk.nciistats.console;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;

import java.util.Map;

/**
 * The page every console view lives in: its title until a view names itself, and the console's
 * icon (a bar chart, {@code src/main/webapp/icons/}), as SVG with a 32-pixel PNG for browsers
 * without SVG icons; and the look of Vaadin's own message box.
 */
public class ConsoleShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("NCII Stats");
        settings.addLink("icons/favicon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
        settings.addFavIcon("icon", "icons/favicon-32.png", "32x32");
        // Vaadin's own message box (signed out, server error): readable, and plainly something to click
        settings.addInlineWithContents(".v-system-error { background: #fff4f2; color: #7a1d12; border: 1px solid #c9382a;"
                + " border-radius: 6px; box-shadow: 0 4px 16px rgba(0, 0, 0, .25); cursor: pointer; font-size: 16px;"
                + " line-height: 1.5; } .v-system-error .caption { font-weight: 600; font-size: 18px; }",
                Inline.Wrapping.STYLESHEET);
    }
}

package uk.nciistats.console;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/** A test of the console in a real browser: a fresh Chromium per test, photographed as it ends. */
abstract class BrowserTest {
    protected ConsoleBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = ConsoleBrowser.open();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.screenshot(test.getTestMethod().orElseThrow().getName());
        browser.close();
    }
}

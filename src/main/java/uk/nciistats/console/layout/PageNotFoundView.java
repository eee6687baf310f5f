package uk.nciistats.console.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What an address shows that does not exist or that the user's role may not open: the console
 * does not tell the two apart.
 */
@PageTitle("Nothing to show here · NCII Stats")
@AnonymousAllowed
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("page-not-found");
        add(new H1("Nothing to show here"),
                new Paragraph("The address '" + event.getLocation().getPath()
                        + "' does not exist, or your role may not open it."),
                new Anchor(".", "Back to the console"));
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}

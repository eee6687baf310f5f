package uk.nciistats.export.odata;

import org.apache.olingo.commons.api.format.ContentType;
import org.apache.olingo.commons.api.http.HttpHeader;
import org.apache.olingo.server.api.OData;
import org.apache.olingo.server.api.ODataRequest;
import org.apache.olingo.server.api.ODataResponse;
import org.apache.olingo.server.api.ODataServerError;
import org.apache.olingo.server.api.ServiceMetadata;
import org.apache.olingo.server.api.processor.ErrorProcessor;
import org.apache.olingo.server.api.serializer.SerializerException;
import uk.nciistats.errors.DomainException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * OData's error body, with the argument at fault as its {@code target} when the domain named one
 * (e.g. {@code ageBands[0]} for {@code bands=30-20}), as GraphQL's {@code extensions.field} does.
 */
final class FeedErrors implements ErrorProcessor {
    private OData odata;

    @Override
    public void init(OData odata, ServiceMetadata metadata) {
        this.odata = odata;
    }

    @Override
    public void processError(ODataRequest request, ODataResponse response, ODataServerError error, ContentType format) {
        if (error.getException() != null && error.getException().getCause() instanceof DomainException refusal) {
            error.setTarget(refusal.field());
        }
        response.setStatusCode(error.getStatusCode());
        try {
            response.setContent(odata.createSerializer(format).error(error).getContent());
            response.setHeader(HttpHeader.CONTENT_TYPE, format.toContentTypeString());
        } catch (SerializerException e) {
            var text = error.getCode() == null ? error.getMessage() : error.getCode() + ": " + error.getMessage();
            response.setContent(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            response.setHeader(HttpHeader.CONTENT_TYPE, ContentType.TEXT_PLAIN.toContentTypeString());
        }
    }
}

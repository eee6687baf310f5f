package uk.nciistats.export.odata;

import org.apache.olingo.commons.api.data.ContextURL;
import org.apache.olingo.commons.api.data.Entity;
import org.apache.olingo.commons.api.data.EntityCollection;
import org.apache.olingo.commons.api.data.Property;
import org.apache.olingo.commons.api.data.ValueType;
import org.apache.olingo.commons.api.edm.EdmEntitySet;
import org.apache.olingo.commons.api.edm.EdmPrimitiveTypeKind;
import org.apache.olingo.commons.api.format.ContentType;
import org.apache.olingo.commons.api.http.HttpHeader;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.OData;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.ODataLibraryException;
import org.apache.olingo.server.api.ODataRequest;
import org.apache.olingo.server.api.ODataResponse;
import org.apache.olingo.server.api.ServiceMetadata;
import org.apache.olingo.server.api.processor.CountEntityCollectionProcessor;
import org.apache.olingo.server.api.processor.EntityProcessor;
import org.apache.olingo.server.api.serializer.EntityCollectionSerializerOptions;
import org.apache.olingo.server.api.serializer.EntitySerializerOptions;
import org.apache.olingo.server.api.uri.UriInfo;
import org.apache.olingo.server.api.uri.UriResourceEntitySet;
import org.apache.olingo.server.api.uri.queryoption.OrderByItem;
import uk.nciistats.errors.DomainException;
import uk.nciistats.infrastructure.LogText;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the feed's entity sets, read-only: collections with {@code $filter}, {@code $orderby},
 * {@code $skip}, {@code $top}, {@code $count} and {@code $select}, their {@code /$count}, and single
 * entities by key. Rows come from {@link FeedRows}; the query options apply to them in memory (a
 * set holds at most a few thousand rows: 43 forces, the returns, one cohort answer). A refusal of
 * the domain keeps its code and message; any other failure is logged and answered without detail.
 */
final class FeedProcessor implements CountEntityCollectionProcessor, EntityProcessor {
    private static final Logger LOG = Logger.getLogger(FeedProcessor.class.getName());

    private final FeedRows feed;
    private OData odata;
    private ServiceMetadata metadata;

    FeedProcessor(FeedRows feed) {
        this.feed = feed;
    }

    @Override
    public void init(OData odata, ServiceMetadata metadata) {
        this.odata = odata;
        this.metadata = metadata;
    }

    /** A read the domain may refuse. */
    private interface Answer<T> {
        T answer() throws ODataApplicationException, ODataLibraryException;
    }

    @Override
    public void readEntityCollection(ODataRequest request, ODataResponse response, UriInfo uri, ContentType format)
            throws ODataApplicationException, ODataLibraryException {
        var edmSet = entitySet(uri);
        var rows = guarded(() -> selected(edmSet, uri));
        var collection = new EntityCollection();
        if (uri.getCountOption() != null && uri.getCountOption().getValue()) {
            collection.setCount(rows.size());
        }
        for (var row : page(rows, uri)) {
            collection.getEntities().add(entity(edmSet, row));
        }
        var type = edmSet.getEntityType();
        var selectList = odata.createUriHelper().buildContextURLSelectList(type, null, uri.getSelectOption());
        var context = ContextURL.with().serviceRoot(serviceRoot(request)).entitySet(edmSet).selectList(selectList).build();
        var options = EntityCollectionSerializerOptions.with().id(request.getRawBaseUri() + "/" + edmSet.getName())
                .contextURL(context).select(uri.getSelectOption()).count(uri.getCountOption()).build();
        var serialized = odata.createSerializer(format).entityCollection(metadata, type, collection, options);
        response.setContent(serialized.getContent());
        response.setStatusCode(HttpStatusCode.OK.getStatusCode());
        response.setHeader(HttpHeader.CONTENT_TYPE, format.toContentTypeString());
    }

    @Override
    public void countEntityCollection(ODataRequest request, ODataResponse response, UriInfo uri)
            throws ODataApplicationException, ODataLibraryException {
        var edmSet = entitySet(uri);
        int count = guarded(() -> selected(edmSet, uri)).size();
        response.setContent(new ByteArrayInputStream(Integer.toString(count).getBytes(StandardCharsets.UTF_8)));
        response.setStatusCode(HttpStatusCode.OK.getStatusCode());
        response.setHeader(HttpHeader.CONTENT_TYPE, ContentType.TEXT_PLAIN.toContentTypeString());
    }

    @Override
    public void readEntity(ODataRequest request, ODataResponse response, UriInfo uri, ContentType format)
            throws ODataApplicationException, ODataLibraryException {
        var resource = (UriResourceEntitySet) uri.getUriResourceParts().get(0);
        var edmSet = entitySet(uri);
        var set = FeedModel.set(edmSet.getName()).orElseThrow();
        var key = resource.getKeyPredicates().get(0).getText();
        var row = guarded(() -> feed.rows(set, customOptions(uri))).stream()
                .filter(r -> keyLiteral(set, r).equals(key)).findFirst()
                .orElseThrow(() -> new ODataApplicationException("No " + set.typeName() + " with key " + key + ".",
                        HttpStatusCode.NOT_FOUND.getStatusCode(), Locale.ENGLISH, "NOT_FOUND"));
        var type = edmSet.getEntityType();
        var context = ContextURL.with().serviceRoot(serviceRoot(request)).entitySet(edmSet)
                .suffix(ContextURL.Suffix.ENTITY).build();
        var options = EntitySerializerOptions.with().contextURL(context).select(uri.getSelectOption()).build();
        var serialized = odata.createSerializer(format).entity(metadata, type, entity(edmSet, row), options);
        response.setContent(serialized.getContent());
        response.setStatusCode(HttpStatusCode.OK.getStatusCode());
        response.setHeader(HttpHeader.CONTENT_TYPE, format.toContentTypeString());
    }

    @Override
    public void createEntity(ODataRequest request, ODataResponse response, UriInfo uri, ContentType in, ContentType out)
            throws ODataApplicationException {
        throw readOnly();
    }

    @Override
    public void updateEntity(ODataRequest request, ODataResponse response, UriInfo uri, ContentType in, ContentType out)
            throws ODataApplicationException {
        throw readOnly();
    }

    @Override
    public void deleteEntity(ODataRequest request, ODataResponse response, UriInfo uri) throws ODataApplicationException {
        throw readOnly();
    }

    /** The rows of a request's entity set that its {@code $filter} keeps, in its {@code $orderby} order. */
    private List<Map<String, Object>> selected(EdmEntitySet edmSet, UriInfo uri)
            throws ODataApplicationException {
        if (uri.getExpandOption() != null || uri.getSearchOption() != null || uri.getApplyOption() != null) {
            throw new ODataApplicationException("This feed supports $filter, $select, $orderby, $top, $skip and"
                    + " $count; not $expand, $search or $apply.", HttpStatusCode.NOT_IMPLEMENTED.getStatusCode(),
                    Locale.ENGLISH);
        }
        var set = FeedModel.set(edmSet.getName()).orElseThrow();
        var rows = new ArrayList<Map<String, Object>>();
        for (var row : feed.rows(set, customOptions(uri))) {
            if (uri.getFilterOption() == null || RowExpression.holds(uri.getFilterOption().getExpression(), row)) {
                rows.add(row);
            }
        }
        if (uri.getOrderByOption() != null) {
            rows.sort(order(uri.getOrderByOption().getOrders()));
        }
        return rows;
    }

    private static Comparator<Map<String, Object>> order(List<OrderByItem> items) throws ODataApplicationException {
        for (var item : items) {
            RowExpression.valueOf(item.getExpression(), Map.of()); // refuses what cannot be ordered by, up front
        }
        return (a, b) -> {
            for (var item : items) {
                try {
                    int c = RowExpression.compare(RowExpression.valueOf(item.getExpression(), a),
                            RowExpression.valueOf(item.getExpression(), b));
                    if (c != 0) {
                        return item.isDescending() ? -c : c;
                    }
                } catch (ODataApplicationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return 0;
        };
    }

    private static List<Map<String, Object>> page(List<Map<String, Object>> rows, UriInfo uri) {
        int skip = uri.getSkipOption() == null ? 0 : Math.min(rows.size(), uri.getSkipOption().getValue());
        int top = uri.getTopOption() == null ? rows.size() : uri.getTopOption().getValue();
        return rows.subList(skip, Math.min(rows.size(), skip + Math.max(0, top)));
    }

    private static Map<String, List<String>> customOptions(UriInfo uri) {
        var options = new LinkedHashMap<String, List<String>>();
        for (var option : uri.getCustomQueryOptions()) {
            options.computeIfAbsent(option.getName(), n -> new ArrayList<>()).add(option.getText());
        }
        return options;
    }

    private Entity entity(EdmEntitySet edmSet, Map<String, Object> row) throws ODataApplicationException {
        var set = FeedModel.set(edmSet.getName()).orElseThrow();
        var entity = new Entity();
        for (var property : set.properties()) {
            entity.addProperty(new Property(property.kind().getFullQualifiedName().getFullQualifiedNameAsString(),
                    property.name(), ValueType.PRIMITIVE, row.get(property.name())));
        }
        try {
            entity.setId(URI.create(odata.createUriHelper().buildCanonicalURL(edmSet, entity)));
        } catch (ODataLibraryException | IllegalArgumentException e) {
            throw failed(e);
        }
        return entity;
    }

    private static String keyLiteral(FeedModel.EntitySet set, Map<String, Object> row) {
        var value = row.get(set.key().name());
        return set.key().kind() == EdmPrimitiveTypeKind.String
                ? "'" + value.toString().replace("'", "''") + "'" : value.toString();
    }

    private static EdmEntitySet entitySet(UriInfo uri) throws ODataApplicationException {
        var parts = uri.getUriResourceParts();
        if (!(parts.get(0) instanceof UriResourceEntitySet set)) {
            throw new ODataApplicationException("Only entity sets can be read here.",
                    HttpStatusCode.NOT_IMPLEMENTED.getStatusCode(), Locale.ENGLISH);
        }
        return set.getEntitySet();
    }

    private static URI serviceRoot(ODataRequest request) {
        return URI.create(request.getRawBaseUri() + "/");
    }

    /** Runs a read, turning a refusal of the domain into the OData error of its code. */
    private static <T> T guarded(Answer<T> read) throws ODataApplicationException, ODataLibraryException {
        try {
            return read.answer();
        } catch (DomainException refusal) {
            throw new ODataApplicationException(refusal.getMessage(), status(refusal.code()), Locale.ENGLISH, refusal,
                    refusal.code());
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof ODataApplicationException inner) {
                throw inner;
            }
            throw failed(e);
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    private static ODataApplicationException failed(Exception e) {
        LOG.log(Level.SEVERE, "OData request failed", LogText.failure(e));
        return new ODataApplicationException("The server failed to answer this; the failure is logged.",
                HttpStatusCode.INTERNAL_SERVER_ERROR.getStatusCode(), Locale.ENGLISH, "INTERNAL");
    }

    private static int status(String code) {
        return switch (code) {
            case "FORBIDDEN" -> HttpStatusCode.FORBIDDEN.getStatusCode();
            case "NOT_FOUND" -> HttpStatusCode.NOT_FOUND.getStatusCode();
            case "CONFLICT" -> HttpStatusCode.CONFLICT.getStatusCode();
            default -> HttpStatusCode.BAD_REQUEST.getStatusCode();
        };
    }

    private static ODataApplicationException readOnly() {
        return new ODataApplicationException("This feed is read-only.", HttpStatusCode.METHOD_NOT_ALLOWED.getStatusCode(),
                Locale.ENGLISH);
    }
}

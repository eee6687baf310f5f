package uk.nciistats.export.odata;

import org.apache.olingo.commons.api.edm.EdmPrimitiveTypeKind;
import org.apache.olingo.commons.api.edm.FullQualifiedName;
import org.apache.olingo.commons.api.edm.provider.CsdlAbstractEdmProvider;
import org.apache.olingo.commons.api.edm.provider.CsdlEntityContainer;
import org.apache.olingo.commons.api.edm.provider.CsdlEntityContainerInfo;
import org.apache.olingo.commons.api.edm.provider.CsdlEntitySet;
import org.apache.olingo.commons.api.edm.provider.CsdlEntityType;
import org.apache.olingo.commons.api.edm.provider.CsdlProperty;
import org.apache.olingo.commons.api.edm.provider.CsdlPropertyRef;
import org.apache.olingo.commons.api.edm.provider.CsdlSchema;

import java.util.List;
import java.util.Optional;

/**
 * The feed's entity data model, as {@code $metadata} describes it: flat entity types of primitive
 * properties only (what every BI tool reads), no navigation. Forces, Returns, and CohortRows — the
 * rows of one cohort question, each count as Low/High with Exact and Suppressed, each share as
 * ShareLow/ShareHigh, each row's coverage as ForcesInScope/ForcesCovered.
 */
final class FeedModel extends CsdlAbstractEdmProvider {
    private static final EdmPrimitiveTypeKind TEXT = EdmPrimitiveTypeKind.String;
    private static final EdmPrimitiveTypeKind DAY = EdmPrimitiveTypeKind.Date;
    private static final EdmPrimitiveTypeKind INT = EdmPrimitiveTypeKind.Int32;
    private static final EdmPrimitiveTypeKind LONG = EdmPrimitiveTypeKind.Int64;
    private static final EdmPrimitiveTypeKind YES_NO = EdmPrimitiveTypeKind.Boolean;
    private static final EdmPrimitiveTypeKind FRACTION = EdmPrimitiveTypeKind.Double;

    static final String NAMESPACE = "NCIIStats";
    static final FullQualifiedName CONTAINER = new FullQualifiedName(NAMESPACE, "Container");

    /** A property of an entity type: a name and a primitive type. */
    record Property(String name, EdmPrimitiveTypeKind kind) {
    }

    /** An entity set and its entity type; the first property is the key. */
    record EntitySet(String name, String typeName, List<Property> properties) {
        FullQualifiedName type() {
            return new FullQualifiedName(NAMESPACE, typeName);
        }

        Property key() {
            return properties.get(0);
        }
    }

    static final EntitySet FORCES = new EntitySet("Forces", "Force", List.of(new Property("Code", TEXT),
            new Property("Name", TEXT), new Property("ShortName", TEXT), new Property("Country", TEXT),
            new Property("Region", TEXT)));

    static final EntitySet RETURNS = new EntitySet("Returns", "DataReturn", List.of(new Property("Id", LONG),
            new Property("Ref", TEXT), new Property("ForceCode", TEXT), new Property("ForceName", TEXT),
            new Property("OffenceCode", TEXT), new Property("PeriodStart", DAY), new Property("PeriodEnd", DAY),
            new Property("Granularity", TEXT), new Property("Source", TEXT), new Property("ReceivedOn", DAY),
            new Property("Status", TEXT), new Property("Version", INT), new Property("Total", INT)));

    static final EntitySet COHORT_ROWS = new EntitySet("CohortRows", "CohortRow", List.of(new Property("Key", TEXT),
            new Property("ForceCode", TEXT), new Property("ForceName", TEXT), new Property("Region", TEXT),
            new Property("Country", TEXT), new Property("Period", TEXT), new Property("PeriodStart", DAY),
            new Property("AgeBand", TEXT), new Property("AgeMin", INT), new Property("AgeMax", INT),
            new Property("Outcome", TEXT), new Property("Platform", TEXT), new Property("Gender", TEXT),
            new Property("Low", LONG), new Property("High", LONG), new Property("Exact", YES_NO),
            new Property("Suppressed", YES_NO), new Property("ShareLow", FRACTION), new Property("ShareHigh", FRACTION),
            new Property("ForcesInScope", INT), new Property("ForcesCovered", INT)));

    static final List<EntitySet> SETS = List.of(FORCES, RETURNS, COHORT_ROWS);

    static Optional<EntitySet> set(String name) {
        return SETS.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    @Override
    public CsdlEntityType getEntityType(FullQualifiedName name) {
        return SETS.stream().filter(s -> s.type().equals(name)).findFirst().map(FeedModel::entityType).orElse(null);
    }

    private static CsdlEntityType entityType(EntitySet set) {
        var properties = set.properties().stream().map(p -> new CsdlProperty().setName(p.name())
                .setType(p.kind().getFullQualifiedName()).setNullable(p != set.key())).toList();
        return new CsdlEntityType().setName(set.typeName()).setProperties(properties)
                .setKey(List.of(new CsdlPropertyRef().setName(set.key().name())));
    }

    @Override
    public CsdlEntitySet getEntitySet(FullQualifiedName container, String name) {
        if (!CONTAINER.equals(container)) {
            return null;
        }
        return set(name).map(s -> new CsdlEntitySet().setName(s.name()).setType(s.type())).orElse(null);
    }

    @Override
    public CsdlEntityContainer getEntityContainer() {
        return new CsdlEntityContainer().setName(CONTAINER.getName())
                .setEntitySets(SETS.stream().map(s -> getEntitySet(CONTAINER, s.name())).toList());
    }

    @Override
    public CsdlEntityContainerInfo getEntityContainerInfo(FullQualifiedName name) {
        return name == null || CONTAINER.equals(name) ? new CsdlEntityContainerInfo().setContainerName(CONTAINER) : null;
    }

    @Override
    public List<CsdlSchema> getSchemas() {
        return List.of(new CsdlSchema().setNamespace(NAMESPACE)
                .setEntityTypes(SETS.stream().map(FeedModel::entityType).toList())
                .setEntityContainer(getEntityContainer()));
    }
}

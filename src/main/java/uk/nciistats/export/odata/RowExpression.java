package uk.nciistats.export.odata;

import org.apache.olingo.commons.api.edm.EdmEnumType;
import org.apache.olingo.commons.api.edm.EdmPrimitiveType;
import org.apache.olingo.commons.api.edm.EdmPrimitiveTypeException;
import org.apache.olingo.commons.api.edm.EdmType;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.uri.UriResourcePrimitiveProperty;
import org.apache.olingo.server.api.uri.queryoption.expression.BinaryOperatorKind;
import org.apache.olingo.server.api.uri.queryoption.expression.Expression;
import org.apache.olingo.server.api.uri.queryoption.expression.ExpressionVisitException;
import org.apache.olingo.server.api.uri.queryoption.expression.ExpressionVisitor;
import org.apache.olingo.server.api.uri.queryoption.expression.Literal;
import org.apache.olingo.server.api.uri.queryoption.expression.Member;
import org.apache.olingo.server.api.uri.queryoption.expression.MethodKind;
import org.apache.olingo.server.api.uri.queryoption.expression.UnaryOperatorKind;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The value of a {@code $filter} or {@code $orderby} expression for one row, computed in memory:
 * comparisons ({@code eq ne gt ge lt le in}), {@code and or not}, arithmetic, and the string and
 * date functions BI tools push down ({@code contains startswith endswith tolower toupper trim length
 * indexof substring concat year month day}). Numbers compare as decimals; a comparison with null is
 * false but for {@code eq null} and {@code ne null}. Anything else answers 501 Not Implemented.
 */
final class RowExpression implements ExpressionVisitor<Object> {
    private final Map<String, Object> row;

    private RowExpression(Map<String, Object> row) {
        this.row = row;
    }

    static Object valueOf(Expression expression, Map<String, Object> row) throws ODataApplicationException {
        try {
            return expression.accept(new RowExpression(row));
        } catch (ExpressionVisitException e) {
            throw new ODataApplicationException(e.getMessage(), HttpStatusCode.BAD_REQUEST.getStatusCode(), Locale.ENGLISH);
        }
    }

    static boolean holds(Expression expression, Map<String, Object> row) throws ODataApplicationException {
        return Boolean.TRUE.equals(valueOf(expression, row));
    }

    /** Orders values as {@code $orderby} does: nulls first, numbers as decimals. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        var x = comparable(a);
        var y = comparable(b);
        if (x.getClass() != y.getClass()) {
            return x.toString().compareTo(y.toString());
        }
        return ((Comparable) x).compareTo(y);
    }

    @Override
    public Object visitMember(Member member) throws ODataApplicationException {
        var parts = member.getResourcePath().getUriResourceParts();
        if (parts.size() != 1 || !(parts.get(0) instanceof UriResourcePrimitiveProperty property)) {
            throw notImplemented("only the entity's own properties can be used in an expression");
        }
        return row.get(property.getProperty().getName());
    }

    @Override
    public Object visitLiteral(Literal literal) throws ODataApplicationException {
        if (literal.getType() == null || "null".equals(literal.getText())) {
            return null;
        }
        if (!(literal.getType() instanceof EdmPrimitiveType type)) {
            throw notImplemented("the literal " + literal.getText());
        }
        try {
            String text = type.fromUriLiteral(literal.getText());
            return switch (type.getName()) {
                case "String" -> text;
                case "Boolean" -> Boolean.valueOf(text);
                case "Date" -> LocalDate.parse(text);
                case "Byte", "SByte", "Int16", "Int32", "Int64", "Decimal", "Double", "Single" -> new BigDecimal(text);
                default -> throw notImplemented("literals of type Edm." + type.getName());
            };
        } catch (EdmPrimitiveTypeException | NumberFormatException e) {
            throw new ODataApplicationException("'" + literal.getText() + "' is not a valid literal",
                    HttpStatusCode.BAD_REQUEST.getStatusCode(), Locale.ENGLISH);
        }
    }

    @Override
    public Object visitBinaryOperator(BinaryOperatorKind operator, Object left, Object right)
            throws ODataApplicationException {
        return switch (operator) {
            case AND -> Boolean.TRUE.equals(left) && Boolean.TRUE.equals(right);
            case OR -> Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right);
            case EQ -> equal(left, right);
            case NE -> !equal(left, right);
            case GT -> left != null && right != null && compare(left, right) > 0;
            case GE -> left != null && right != null && compare(left, right) >= 0;
            case LT -> left != null && right != null && compare(left, right) < 0;
            case LE -> left != null && right != null && compare(left, right) <= 0;
            case ADD, SUB, MUL, DIV, MOD -> arithmetic(operator, left, right);
            default -> throw notImplemented("the operator " + operator);
        };
    }

    @Override
    public Object visitBinaryOperator(BinaryOperatorKind operator, Object left, List<Object> right)
            throws ODataApplicationException {
        if (operator != BinaryOperatorKind.IN) {
            throw notImplemented("the operator " + operator);
        }
        return right.stream().anyMatch(value -> equal(left, value));
    }

    @Override
    public Object visitUnaryOperator(UnaryOperatorKind operator, Object operand) throws ODataApplicationException {
        return switch (operator) {
            case NOT -> !Boolean.TRUE.equals(operand);
            case MINUS -> operand == null ? null : decimal(operand).negate();
        };
    }

    @Override
    public Object visitMethodCall(MethodKind method, List<Object> p) throws ODataApplicationException {
        if (p.stream().anyMatch(Objects::isNull)) {
            return switch (method) {
                case CONTAINS, STARTSWITH, ENDSWITH -> false;
                default -> null;
            };
        }
        return switch (method) {
            case CONTAINS -> text(p, 0).contains(text(p, 1));
            case STARTSWITH -> text(p, 0).startsWith(text(p, 1));
            case ENDSWITH -> text(p, 0).endsWith(text(p, 1));
            case TOLOWER -> text(p, 0).toLowerCase(Locale.ROOT);
            case TOUPPER -> text(p, 0).toUpperCase(Locale.ROOT);
            case TRIM -> text(p, 0).trim();
            case LENGTH -> BigDecimal.valueOf(text(p, 0).length());
            case INDEXOF -> BigDecimal.valueOf(text(p, 0).indexOf(text(p, 1)));
            case CONCAT -> text(p, 0) + text(p, 1);
            case SUBSTRING -> substring(p);
            case YEAR -> BigDecimal.valueOf(day(p).getYear());
            case MONTH -> BigDecimal.valueOf(day(p).getMonthValue());
            case DAY -> BigDecimal.valueOf(day(p).getDayOfMonth());
            default -> throw notImplemented("the function " + method);
        };
    }

    private static String substring(List<Object> p) throws ODataApplicationException {
        var text = text(p, 0);
        int start = Math.min(Math.max(0, decimal(p.get(1)).intValue()), text.length());
        if (p.size() < 3) {
            return text.substring(start);
        }
        int end = Math.min(text.length(), start + Math.max(0, decimal(p.get(2)).intValue()));
        return text.substring(start, end);
    }

    private static String text(List<Object> parameters, int i) throws ODataApplicationException {
        if (!(parameters.get(i) instanceof String s)) {
            throw badRequest("a string function was given " + parameters.get(i));
        }
        return s;
    }

    private static LocalDate day(List<Object> parameters) throws ODataApplicationException {
        if (!(parameters.get(0) instanceof LocalDate d)) {
            throw badRequest("a date function was given " + parameters.get(0));
        }
        return d;
    }

    private static BigDecimal decimal(Object value) throws ODataApplicationException {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        throw badRequest("'" + value + "' is not a number");
    }

    private static Object arithmetic(BinaryOperatorKind operator, Object left, Object right)
            throws ODataApplicationException {
        if (left == null || right == null) {
            return null;
        }
        var a = decimal(left);
        var b = decimal(right);
        if ((operator == BinaryOperatorKind.DIV || operator == BinaryOperatorKind.MOD) && b.signum() == 0) {
            return null;
        }
        return switch (operator) {
            case ADD -> a.add(b);
            case SUB -> a.subtract(b);
            case MUL -> a.multiply(b);
            case DIV -> a.divide(b, MathContext.DECIMAL64);
            default -> a.remainder(b);
        };
    }

    private static boolean equal(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        return compare(a, b) == 0;
    }

    private static Object comparable(Object value) {
        if (value instanceof Number n && !(value instanceof BigDecimal)) {
            return new BigDecimal(n.toString());
        }
        return value;
    }

    @Override
    public Object visitLambdaExpression(String function, String variable, Expression expression)
            throws ODataApplicationException {
        throw notImplemented("lambda expressions");
    }

    @Override
    public Object visitAlias(String alias) throws ODataApplicationException {
        throw notImplemented("parameter aliases");
    }

    @Override
    public Object visitTypeLiteral(EdmType type) throws ODataApplicationException {
        throw notImplemented("type literals");
    }

    @Override
    public Object visitLambdaReference(String variable) throws ODataApplicationException {
        throw notImplemented("lambda expressions");
    }

    @Override
    public Object visitEnum(EdmEnumType type, List<String> values) throws ODataApplicationException {
        throw notImplemented("enumerations");
    }

    private static ODataApplicationException notImplemented(String what) {
        return new ODataApplicationException("This feed does not support " + what + ".",
                HttpStatusCode.NOT_IMPLEMENTED.getStatusCode(), Locale.ENGLISH);
    }

    private static ODataApplicationException badRequest(String message) {
        return new ODataApplicationException(message, HttpStatusCode.BAD_REQUEST.getStatusCode(), Locale.ENGLISH);
    }
}

package uk.nciistats.graphql;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

@Type("ReturnConnection")
public final class ReturnConnection {
    private final List<Edge> edges;
    private final PageInfo pageInfo;
    private final int totalCount;

    ReturnConnection(List<Edge> edges, PageInfo pageInfo, long totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = (int) totalCount;
    }

    public @NonNull List<@NonNull Edge> getEdges() {
        return edges;
    }

    public @NonNull PageInfo getPageInfo() {
        return pageInfo;
    }

    public int getTotalCount() {
        return totalCount;
    }

    @Type("ReturnEdge")
    public static final class Edge {
        private final String cursor;
        private final DataReturnView node;

        Edge(String cursor, DataReturnView node) {
            this.cursor = cursor;
            this.node = node;
        }

        public @NonNull String getCursor() {
            return cursor;
        }

        public @NonNull DataReturnView getNode() {
            return node;
        }
    }
}

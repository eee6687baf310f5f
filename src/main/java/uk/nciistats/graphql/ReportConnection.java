package uk.nciistats.graphql;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

@Type("ReportConnection")
public final class ReportConnection {
    private final List<Edge> edges;
    private final PageInfo pageInfo;
    private final int totalCount;

    ReportConnection(List<Edge> edges, PageInfo pageInfo, long totalCount) {
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

    @Type("ReportEdge")
    public static final class Edge {
        private final String cursor;
        private final ReportView node;

        Edge(String cursor, ReportView node) {
            this.cursor = cursor;
            this.node = node;
        }

        public @NonNull String getCursor() {
            return cursor;
        }

        public @NonNull ReportView getNode() {
            return node;
        }
    }
}

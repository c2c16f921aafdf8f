package vn.binhdang.stats.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds test tables: areas × sexes with margins, and generic two-way tables with margins. */
final class Tables {

    final Map<String, Double> values = new LinkedHashMap<>();
    final List<Relation<String>> relations = new ArrayList<>();

    /**
     * Communes × (F, M, T) plus the district row: cells "c1.F", ..., "d.T"; relations cX.T = cX.F + cX.M for every
     * area, then d.S = Σ cX.S for S = F, M, T.
     */
    static Tables district(int[][] femaleMale) {
        Tables t = new Tables();
        double dF = 0;
        double dM = 0;
        for (int i = 0; i < femaleMale.length; i++) {
            String c = "c" + (i + 1);
            double f = femaleMale[i][0];
            double m = femaleMale[i][1];
            t.values.put(c + ".F", f);
            t.values.put(c + ".M", m);
            t.values.put(c + ".T", f + m);
            dF += f;
            dM += m;
        }
        t.values.put("d.F", dF);
        t.values.put("d.M", dM);
        t.values.put("d.T", dF + dM);
        for (int i = 0; i < femaleMale.length; i++) {
            String c = "c" + (i + 1);
            t.relations.add(Relation.of(c + ".T", c + ".F", c + ".M"));
        }
        t.relations.add(Relation.of("d.T", "d.F", "d.M"));
        for (String s : new String[] {"F", "M", "T"}) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < femaleMale.length; i++) {
                parts.add("c" + (i + 1) + "." + s);
            }
            t.relations.add(new Relation<>("d." + s, parts));
        }
        return t;
    }

    /** Interior cells "r0c0"..., row totals "r0T", column totals "Tc0", grand total "TT". */
    static Tables twoWay(int[][] a) {
        Tables t = new Tables();
        int rows = a.length;
        int cols = a[0].length;
        double grand = 0;
        for (int i = 0; i < rows; i++) {
            double s = 0;
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < cols; j++) {
                t.values.put("r" + i + "c" + j, (double) a[i][j]);
                parts.add("r" + i + "c" + j);
                s += a[i][j];
            }
            t.values.put("r" + i + "T", s);
            t.relations.add(new Relation<>("r" + i + "T", parts));
            grand += s;
        }
        for (int j = 0; j < cols; j++) {
            double s = 0;
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                parts.add("r" + i + "c" + j);
                s += a[i][j];
            }
            t.values.put("Tc" + j, s);
            t.relations.add(new Relation<>("Tc" + j, parts));
        }
        t.values.put("TT", grand);
        List<String> rowTotals = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            rowTotals.add("r" + i + "T");
        }
        List<String> colTotals = new ArrayList<>();
        for (int j = 0; j < cols; j++) {
            colTotals.add("Tc" + j);
        }
        t.relations.add(new Relation<>("TT", rowTotals));
        t.relations.add(new Relation<>("TT", colTotals));
        return t;
    }
}

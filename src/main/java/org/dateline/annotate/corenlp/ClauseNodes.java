package org.dateline.annotate.corenlp;

import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.model.ClassProbabilities;
import org.dateline.model.Phrase;
import org.dateline.model.PhraseKind;

/**
 * The clause nodes of CoreNLP's sentiment tree with their token spans and the sentiment model's
 * class probabilities at each.
 *
 * <p>The sentiment tree is the binarized parse with unary chains collapsed to their top node, so
 * a clause that is a unary child ({@code ROOT -> S}) is represented by the node above it; the
 * binarizer's intermediate nodes ({@code @S}) are not clauses. Stateless and thread-safe.
 */
final class ClauseNodes {

  /** The constituent labels that head a clause. */
  static final Set<String> CLAUSE_LABELS = Set.of("S", "SBAR", "SINV", "SQ");

  /** A clause node: tokens {@code begin .. end - 1} and the model's probabilities there. */
  record Node(int begin, int end, ClassProbabilities probabilities) {}

  private ClauseNodes() {}

  /**
   * The clause nodes below the root that cover fewer tokens than the sentence, in tree order
   * (the root's scores are the sentence's); nodes without predictions are left out.
   */
  static List<Node> of(Tree root) {
    int size = root.getLeaves().size();
    return walk(root, (tree, begin, length) -> {
      if (length >= size || !isClause(tree)) {
        return null;
      }
      List<Double> p = predictions(tree);
      return p == null ? null : new Node(begin, begin + length, ClassProbabilities.of(p));
    });
  }

  /**
   * The nodes below the root that cover at least two tokens and fewer than the sentence, with
   * their kinds and the model's probabilities rounded to float precision (which is all the model
   * has, and what the annotation cache keeps), in tree order.
   */
  static List<Phrase> phrases(Tree root) {
    int size = root.getLeaves().size();
    return walk(root, (tree, begin, length) -> {
      List<Double> p = length >= 2 && length < size && tree.value() != null ? predictions(tree) : null;
      if (p == null) {
        return null;
      }
      List<Double> rounded = new ArrayList<>(5);
      for (double v : p) {
        rounded.add((double) (float) v);
      }
      return new Phrase(begin, begin + length, PhraseKind.ofLabel(tree.value()), ClassProbabilities.of(rounded));
    });
  }

  /** What a walk keeps of a node below the root: null for nothing. */
  private interface Keep<T> {
    T of(Tree tree, int begin, int length);
  }

  /** The nodes below the root that {@code keep} keeps, parents before the nodes inside them. */
  private static <T> List<T> walk(Tree root, Keep<T> keep) {
    List<T> out = new ArrayList<>();
    walk(root, 0, true, keep, out);
    return out;
  }

  /** Adds the kept nodes under {@code tree}, whose first leaf is token {@code begin}; returns its leaf count. */
  private static <T> int walk(Tree tree, int begin, boolean root, Keep<T> keep, List<T> out) {
    if (tree.isLeaf()) {
      return 1;
    }
    int position = out.size();
    int length = 0;
    for (Tree child : tree.children()) {
      length += walk(child, begin + length, false, keep, out);
    }
    T kept = root ? null : keep.of(tree, begin, length);
    if (kept != null) {
      // parents before children: the node goes before the nodes found inside it
      out.add(position, kept);
    }
    return length;
  }

  /** The model's five class probabilities at the node; null when it has none. */
  private static List<Double> predictions(Tree tree) {
    if (RNNCoreAnnotations.getPredictions(tree) == null) {
      return null;
    }
    List<Double> p = RNNCoreAnnotations.getPredictionsAsStringList(tree);
    return p.size() == 5 ? p : null;
  }

  private static boolean isClause(Tree tree) {
    String label = tree.value();
    if (label == null) {
      return false;
    }
    int dash = label.indexOf('-');
    // functional tags (S-TPC) and indexes (S=2) do not change what the node is
    int equals = label.indexOf('=');
    int cut = dash > 0 ? dash : label.length();
    if (equals > 0 && equals < cut) {
      cut = equals;
    }
    return CLAUSE_LABELS.contains(label.substring(0, cut));
  }
}

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
    List<Node> out = new ArrayList<>();
    int size = root.getLeaves().size();
    walk(root, 0, true, size, out);
    return out;
  }

  /** Adds the clause nodes under {@code tree}, whose first leaf is token {@code begin}; returns its leaf count. */
  private static int walk(Tree tree, int begin, boolean root, int sentenceSize, List<Node> out) {
    if (tree.isLeaf()) {
      return 1;
    }
    int position = out.size();
    int length = 0;
    for (Tree child : tree.children()) {
      length += walk(child, begin + length, false, sentenceSize, out);
    }
    if (!root && length < sentenceSize && isClause(tree)) {
      if (RNNCoreAnnotations.getPredictions(tree) != null) {
        List<Double> p = RNNCoreAnnotations.getPredictionsAsStringList(tree);
        if (p.size() == 5) {
          // parents before children: the clause goes before the clauses found inside it
          out.add(position, new Node(begin, begin + length, ClassProbabilities.of(p)));
        }
      }
    }
    return length;
  }

  /**
   * The nodes below the root that cover at least two tokens and fewer than the sentence, with
   * their kinds and the model's probabilities rounded to float precision (which is all the model
   * has, and what the annotation cache keeps), in tree order.
   */
  static List<Phrase> phrases(Tree root) {
    List<Phrase> out = new ArrayList<>();
    int size = root.getLeaves().size();
    walkPhrases(root, 0, true, size, out);
    return out;
  }

  private static int walkPhrases(Tree tree, int begin, boolean root, int sentenceSize, List<Phrase> out) {
    if (tree.isLeaf()) {
      return 1;
    }
    int position = out.size();
    int length = 0;
    for (Tree child : tree.children()) {
      length += walkPhrases(child, begin + length, false, sentenceSize, out);
    }
    if (!root && length >= 2 && length < sentenceSize && tree.value() != null
        && RNNCoreAnnotations.getPredictions(tree) != null) {
      List<Double> p = RNNCoreAnnotations.getPredictionsAsStringList(tree);
      if (p.size() == 5) {
        List<Double> rounded = new ArrayList<>(5);
        for (double v : p) {
          rounded.add((double) (float) v);
        }
        out.add(position, new Phrase(begin, begin + length, PhraseKind.ofLabel(tree.value()),
            ClassProbabilities.of(rounded)));
      }
    }
    return length;
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

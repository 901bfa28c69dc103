package org.dateline.clean.near;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Clusters records by their signatures: the signature of the shingles is cut into bands of
 * consecutive values, records that agree on a whole band are candidates, and a candidate pair
 * matches when the names of the one are nearly all among the other's ({@link
 * #DEFAULT_NAME_CONTAINMENT}) and either its estimated Jaccard similarity reaches the threshold or
 * the smaller record lies nearly whole in the larger ({@link #DEFAULT_CONTAINMENT}); with a window,
 * its dates must also be close enough. The clusters are the connected components of the matches.
 * Candidates come only from shared bands, so the work grows with the number of records and of
 * near-identical bands, never with all pairs; a pair sharing several bands is judged once, in the
 * first.
 *
 * <p>In each cluster the record kept is the earliest dated (undated records after dated ones),
 * then the first in input order. Records may be added in any order: they are put in input order
 * (by their sequence numbers) before clustering, which happens on the calling thread, so the
 * clusters do not depend on the order records arrived in. Memory: each record's signature (two
 * bytes per hash, four to a long) and its id; clustering adds a long and a few ints per record.
 * Not thread-safe.
 */
public final class NearDuplicateFinder {

  /** Bands of the default 128-value signature: 64 bands of 2 values, chosen from the measurements. */
  public static final int DEFAULT_BANDS = 64;

  /**
   * The least estimated share of the smaller record's shingles in the larger one's for a match
   * whatever their Jaccard similarity: a story inside a digest, a story cut short.
   */
  public static final double DEFAULT_CONTAINMENT = 0.9;

  /**
   * The least estimated share of the names (capitalised words, numbers) of one record in the
   * other's for any match: what tells KCNA's templated notices of different events apart.
   */
  public static final double DEFAULT_NAME_CONTAINMENT = 0.85;

  /** Records with fewer shingles match by their Jaccard similarity only. */
  static final int MIN_CONTAINED_SHINGLES = 20;

  /**
   * One record to cluster; its signature's values are in {@link #values} and {@link #names} from
   * {@code slot} times their longs per record on.
   */
  private record Entry(long seq, String docId, LocalDate date, int slot, int shingles, int nameCount, int words) {}

  /**
   * A record in a cluster of two or more.
   *
   * @param cluster the cluster's number: 1 for the cluster whose kept record comes first in input
   *     order, and so on
   * @param seq the record's sequence number (input order)
   * @param kept true for the record kept
   * @param similarityToKept the estimated similarity to the kept record (1 for the kept record);
   *     a record that joined the cluster through another member may be below the threshold
   * @param words the record's words
   * @param keptSeq the kept record's sequence number
   * @param keptDocId the kept record's id
   */
  public record Member(int cluster, long seq, String docId, LocalDate date, boolean kept, double similarityToKept,
      int words, long keptSeq, String keptDocId) implements java.io.Serializable {}

  /**
   * The clusters found.
   *
   * @param members every record in a cluster of two or more, by cluster, then in input order
   * @param clusters how many clusters
   * @param largest the most records in one cluster (0 without clusters)
   */
  public record Clusters(List<Member> members, int clusters, int largest) implements java.io.Serializable {
    public Clusters {
      members = List.copyOf(members);
    }

    public static Clusters none() {
      return new Clusters(List.of(), 0, 0);
    }

    /** The members not kept, in input order. */
    public List<Member> dropped() {
      return members.stream().filter(m -> !m.kept()).sorted(Comparator.comparingLong(Member::seq)).toList();
    }
  }

  private final double threshold;
  private final Integer windowDays;
  private final int bands;
  private final double containment;
  private final double nameContainment;
  private final List<Entry> entries = new ArrayList<>();
  private int hashes = -1;
  private int nameHashes = -1;
  private int rows;
  /**
   * The signatures' values of all records in the order they were added, four to a long (see
   * {@link #pack}): the same memory as their shorts, in one array so that a pair's values are
   * found without following references, and compared four at a time.
   */
  private long[] values = new long[0];
  private long[] names = new long[0];
  /** Longs per record in {@link #values} and {@link #names}. */
  private int valueLongs;
  private int nameLongs;

  public NearDuplicateFinder(NearDuplicateSettings settings) {
    this(settings.threshold(), settings.windowDays(), DEFAULT_BANDS);
  }

  /**
   * @param threshold the least estimated similarity of a match
   * @param windowDays the most days between the dates of a match, or null for any
   * @param bands how many bands the signature is cut into; must divide its length
   */
  public NearDuplicateFinder(double threshold, Integer windowDays, int bands) {
    this(threshold, windowDays, bands, DEFAULT_CONTAINMENT, DEFAULT_NAME_CONTAINMENT);
  }

  /**
   * @param threshold the least estimated Jaccard similarity of a match
   * @param windowDays the most days between the dates of a match, or null for any
   * @param bands how many bands the signature is cut into; must divide its length
   * @param containment the least estimated containment that makes a match whatever the
   *     similarity; above 1 for none
   * @param nameContainment the least estimated containment of the names for any match; 0 for no
   *     such condition
   */
  public NearDuplicateFinder(double threshold, Integer windowDays, int bands, double containment,
      double nameContainment) {
    this.containment = containment;
    this.nameContainment = nameContainment;
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be above 0 and at most 1, was " + threshold);
    }
    if (bands < 1) {
      throw new IllegalArgumentException("bands must be at least 1, was " + bands);
    }
    this.threshold = threshold;
    this.windowDays = windowDays;
    this.bands = bands;
  }

  /** Adds a record; its sequence number gives its place in input order. */
  public void add(long seq, String docId, LocalDate date, Signature signature) {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(signature, "signature");
    if (hashes < 0) {
      if (signature.values().length % bands != 0) {
        throw new IllegalArgumentException(bands + " bands do not divide a signature of "
            + signature.values().length + " values");
      }
      if (signature.values().length >= 1 << 16 || signature.names().length >= 1 << 16) {
        throw new IllegalArgumentException("signatures of 65,536 values or more are not supported");
      }
      hashes = signature.values().length;
      nameHashes = signature.names().length;
      rows = hashes / bands;
      valueLongs = (hashes + 3) / 4;
      nameLongs = (nameHashes + 3) / 4;
    } else if (signature.values().length != hashes) {
      throw new IllegalArgumentException("signature of " + signature.values().length + " values among ones of "
          + hashes);
    } else if (signature.names().length != nameHashes) {
      throw new IllegalArgumentException("signature of " + signature.names().length + " name values among ones of "
          + nameHashes);
    }
    int slot = entries.size();
    if ((slot + 1) * valueLongs > values.length) {
      int capacity = Math.max(16, slot + (slot >> 1));
      values = Arrays.copyOf(values, capacity * valueLongs);
      names = Arrays.copyOf(names, capacity * nameLongs);
    }
    pack(signature.values(), values, slot * valueLongs);
    pack(signature.names(), names, slot * nameLongs);
    entries.add(new Entry(seq, docId, date, slot, signature.shingles(), signature.nameCount(), signature.words()));
  }

  public int size() {
    return entries.size();
  }

  /** Clusters the records added so far. */
  public Clusters cluster() {
    List<Entry> inOrder = new ArrayList<>(entries);
    inOrder.sort(Comparator.comparingLong(Entry::seq));
    int n = inOrder.size();
    if (n < 2) {
      return Clusters.none();
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    int indexBits = 64 - Long.numberOfLeadingZeros(n - 1L);
    long indexMask = (1L << indexBits) - 1;
    long[] keys = new long[n];
    Entry[] records = inOrder.toArray(new Entry[0]);
    // where each record's values are, and its shingles: read for every candidate pair, so kept
    // in arrays rather than behind a reference to each record
    int[] at = new int[n];
    int[] shingles = new int[n];
    for (int i = 0; i < n; i++) {
      at[i] = records[i].slot() * valueLongs;
      shingles[i] = records[i].shingles();
    }
    for (int band = 0; band < bands; band++) {
      for (int i = 0; i < n; i++) {
        long h = Shingler.mix(band + 1L);
        for (int r = band * rows; r < (band + 1) * rows; r++) {
          h = Shingler.mix(h ^ value(values, at[i], r));
        }
        keys[i] = (h << indexBits) | i;
      }
      Arrays.sort(keys);
      int start = 0;
      while (start < n) {
        long bucket = keys[start] >>> indexBits;
        int end = start + 1;
        while (end < n && keys[end] >>> indexBits == bucket) {
          end++;
        }
        for (int x = start + 1; x < end; x++) {
          int i = (int) (keys[x] & indexMask);
          for (int y = start; y < x; y++) {
            int j = (int) (keys[y] & indexMask);
            if (find(parent, i) == find(parent, j)) {
              continue;
            }
            // a pair sharing an earlier band was judged there: judging it again cannot change the answer
            int same = agreeingUnlessSharedBefore(at[i], at[j], band);
            if (same >= 0 && close(same, shingles[i], shingles[j]) && matches(records[i], records[j])) {
              union(parent, i, j);
            }
          }
        }
        start = end;
      }
    }
    return clusters(records, parent);
  }

  /**
   * How many values two records' signatures (from {@code x} and {@code y} in {@link #values})
   * agree on, or -1 when they agree on a whole band before {@code band}.
   */
  private int agreeingUnlessSharedBefore(int x, int y, int band) {
    long[] v = values;
    int end = band * rows;
    if (rows != 2) {
      return sharesBandBefore(x, y, end) ? -1 : agreeing(v, x, y, valueLongs, hashes);
    }
    // bands of two values are the halves of the longs: the longs before the band are read once,
    // for the earlier bands and for the count
    int whole = end >>> 2;
    long lanes = 0;
    int w = 0;
    for (; w < whole; w++) {
      long d = v[x + w] ^ v[y + w];
      if ((int) d == 0 || (d >>> 32) == 0) {
        return -1;
      }
      lanes += agreeingLanes(d);
    }
    if ((end & 3) != 0) {
      long d = v[x + w] ^ v[y + w];
      if ((int) d == 0) {
        return -1;
      }
      lanes += agreeingLanes(d);
      w++;
    }
    for (; w < valueLongs; w++) {
      lanes += agreeingLanes(v[x + w] ^ v[y + w]);
    }
    return sum(lanes) - (valueLongs * 4 - hashes);
  }

  /** Whether two records' signatures agree on a whole band among their first {@code end} values. */
  private boolean sharesBandBefore(int x, int y, int end) {
    for (int start = 0; start < end; start += rows) {
      int r = start;
      while (r < start + rows && value(values, x, r) == value(values, y, r)) {
        r++;
      }
      if (r == start + rows) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the shingles of two records with {@code a} and {@code b} shingles whose signatures
   * agree on {@code same} values are close enough for a match: the estimated Jaccard similarity
   * ({@link Signature#similarity}) reaches the threshold or the smaller lies nearly whole in the
   * larger. Most candidates fail here, so the names are compared after.
   */
  private boolean close(int same, int a, int b) {
    return (double) same / hashes >= threshold
        || (Math.min(a, b) >= MIN_CONTAINED_SHINGLES && contained(same, a, b));
  }

  /** Whether a candidate pair whose shingles are {@link #close} matches: its dates and names. */
  private boolean matches(Entry x, Entry y) {
    if (windowDays != null) {
      if (x.date() == null || y.date() == null
          || Math.abs(ChronoUnit.DAYS.between(x.date(), y.date())) > windowDays) {
        return false;
      }
    }
    return nameContainment(x, y) >= nameContainment;
  }

  /**
   * {@code Signature.containment(same / hashes, a, b) >= containment}, without its two divisions
   * for most pairs. With {@code J = same / hashes} and {@code m = min(a, b)}, the estimate
   * {@code J (a + b) / (1 + J) / m} is at least {@code c} exactly when {@code same (a + b) >= c m
   * (hashes + same)}; where the two sides differ by more than one part in a billion, far above
   * the rounding of either computation, that comparison gives the answer, and otherwise the
   * estimate is computed as {@link Signature#containment} does. Above 1, the estimate (at most 1)
   * never reaches {@code c}.
   */
  private boolean contained(int same, int a, int b) {
    if (!(containment <= 1)) {
      return false;
    }
    double common = (double) same * (a + b);
    double needed = containment * Math.min(a, b) * (hashes + same);
    if (common < needed * (1 - 1e-9)) {
      return false;
    }
    if (common > needed * (1 + 1e-9)) {
      return true;
    }
    return Signature.containment((double) same / hashes, a, b) >= containment;
  }

  /** As {@link Signature#similarity}. */
  private double similarity(Entry x, Entry y) {
    return (double) agreeing(values, x.slot() * valueLongs, y.slot() * valueLongs, valueLongs, hashes) / hashes;
  }

  /** As {@link Signature#nameContainment}. */
  private double nameContainment(Entry x, Entry y) {
    if (x.nameCount() == 0 || y.nameCount() == 0) {
      return 1;
    }
    double jaccard = (double) agreeing(names, x.slot() * nameLongs, y.slot() * nameLongs, nameLongs, nameHashes)
        / nameHashes;
    return Signature.containment(jaccard, x.nameCount(), y.nameCount());
  }

  private static final long LOW15 = 0x7FFF7FFF7FFF7FFFL;

  /**
   * A 1 in each 16-bit lane where {@code d} is 0, that is where the two longs XORed into {@code d}
   * agree: {@code (d & LOW15) + LOW15} sets a lane's top bit when its low 15 bits are not all 0
   * and cannot carry out of the lane, so with {@code | d} the top bit is clear exactly for a lane
   * of 0.
   */
  private static long agreeingLanes(long d) {
    return ~((d & LOW15) + LOW15 | d | LOW15) >>> 15;
  }

  /**
   * The four lanes of a sum of {@link #agreeingLanes} added together: exact for signatures of
   * fewer than 2^16 values ({@link #add} refuses longer ones).
   */
  private static int sum(long lanes) {
    return (int) ((lanes * 0x0001000100010001L) >>> 48);
  }

  /**
   * How many of the {@code length} values of two packed signatures, from {@code x} and {@code y}
   * in {@code v}, {@code longs} longs each, agree.
   */
  private static int agreeing(long[] v, int x, int y, int longs, int length) {
    long lanes = 0;
    for (int w = 0; w < longs; w++) {
      lanes += agreeingLanes(v[x + w] ^ v[y + w]);
    }
    // the padding lanes of the last long are 0 in both
    return sum(lanes) - (longs * 4 - length);
  }

  /**
   * Packs a signature's values into {@code into} from {@code at} on, four to a long: value r in
   * bits 16 (r % 4) and up of long r / 4; 0 beyond the last.
   */
  static void pack(short[] values, long[] into, int at) {
    Arrays.fill(into, at, at + (values.length + 3) / 4, 0L);
    for (int r = 0; r < values.length; r++) {
      into[at + (r >>> 2)] |= (values[r] & 0xFFFFL) << ((r & 3) << 4);
    }
  }

  /** Value r of the packed signature at {@code at} in {@code packed}, unsigned. */
  private static long value(long[] packed, int at, int r) {
    return (packed[at + (r >>> 2)] >>> ((r & 3) << 4)) & 0xFFFFL;
  }

  private Clusters clusters(Entry[] inOrder, int[] parent) {
    int n = inOrder.length;
    int[] size = new int[n];
    for (int i = 0; i < n; i++) {
      size[find(parent, i)]++;
    }
    // the kept record of each component: earliest dated, undated last, then input order
    int[] kept = new int[n];
    Arrays.fill(kept, -1);
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (size[root] > 1 && (kept[root] < 0 || earlier(inOrder[i], inOrder[kept[root]]))) {
        kept[root] = i;
      }
    }
    List<Integer> roots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (find(parent, i) == i && size[i] > 1) {
        roots.add(i);
      }
    }
    roots.sort(Comparator.comparingInt(r -> kept[r]));
    int[] number = new int[n];
    int largest = 0;
    for (int c = 0; c < roots.size(); c++) {
      number[roots.get(c)] = c + 1;
      largest = Math.max(largest, size[roots.get(c)]);
    }
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (size[root] > 1) {
        Entry e = inOrder[i];
        Entry k = inOrder[kept[root]];
        boolean isKept = kept[root] == i;
        members.add(new Member(number[root], e.seq(), e.docId(), e.date(), isKept,
            isKept ? 1.0 : similarity(e, k), e.words(), k.seq(), k.docId()));
      }
    }
    members.sort(Comparator.comparingInt(Member::cluster).thenComparingLong(Member::seq));
    return new Clusters(members, roots.size(), largest);
  }

  /** True when {@code x} is kept before {@code y}, which comes earlier in input order. */
  private static boolean earlier(Entry x, Entry y) {
    if (x.date() == null) {
      return false;
    }
    return y.date() == null || x.date().isBefore(y.date());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int i, int j) {
    int a = find(parent, i);
    int b = find(parent, j);
    if (a != b) {
      // the smaller index becomes the root, so the forest does not depend on the order of unions
      parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
}

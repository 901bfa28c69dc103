package org.dateline.spark;

import java.io.Serializable;
import java.util.Objects;
import org.dateline.model.Problem;

/**
 * One entry of a run's listed inputs, in reading order: a file to read, or a problem that
 * stands in its place (a file that is not a corpus).
 *
 * @param index the entry's place in reading order, from 0
 * @param store where the file is read from
 * @param location an absolute local path, or a Hadoop file system URI
 * @param displayName the file's name in origins, problems and the manifest
 * @param problem what is wrong with the file, or null when it is to be read
 * @param idName what the file's record ids are made of, as the local listing chose it so that
 *     ids stay unique when two files of the run share a name; null for the file name
 */
record InputUnit(int index, Store store, String location, String displayName, Problem problem, String idName)
    implements Serializable {

  /** Where a file lives. */
  enum Store {
    /** A path on the machine (or a folder every machine mounts). */
    LOCAL,
    /** Any Hadoop file system: {@code hdfs://}, {@code s3a://}, {@code file:}. */
    HADOOP
  }

  InputUnit {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(displayName, "displayName");
  }
}

/**
 * Test support shared by the tests of every package: {@link org.dateline.testing.FakeAnnotator},
 * the one annotator without models, and {@link org.dateline.testing.Words}, the scripts most
 * tests give it. A test says what its fake returns (labels, mentions, sentiment, a failure on a
 * marked text); the fake does the rest, so a change to {@link org.dateline.annotate.Annotator}
 * is made here once and not in every test.
 *
 * <p>May import the model and {@code org.dateline.annotate}'s interfaces; no engine, no
 * CoreNLP, no other test package. Fixtures that belong to one package's tests (the evaluation's
 * labels, the report's corpus) stay with those tests.
 */
package org.dateline.testing;

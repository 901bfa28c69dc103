/**
 * Topic models of a run's documents: latent Dirichlet allocation fitted by collapsed Gibbs
 * sampling with the sparse sampler of Yao, Mimno and McCallum (2009), an asymmetric
 * document-topic prior optimised by Minka's fixed point, and the tables made from the fit
 * (topics with their coherence and exclusivity, prevalence by period, document proportions).
 * See docs/topics.md.
 */
package org.dateline.analysis.topics;

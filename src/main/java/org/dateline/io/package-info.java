/**
 * Small file helpers every layer may use: SHA-256 digests and the word- and name-list file
 * format. Imports only the JDK.
 */
package org.dateline.io;

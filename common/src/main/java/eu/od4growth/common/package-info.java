/**
 * Technical concerns shared by every OD4G service: problem responses, correlation id, the caller's organisation and
 * paging. Never domain code.
 */
package eu.od4growth.common;

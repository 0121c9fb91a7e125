/**
 * Test support shared by the services: the project's own PostgreSQL for {@code @QuarkusTest}s and signed tokens
 * for security tests. Test scope only.
 */
package eu.od4growth.testing;

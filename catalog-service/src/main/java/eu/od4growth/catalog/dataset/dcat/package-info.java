/** The DCAT-AP 3.0.1 export of datasets and of the catalogue, built with Apache Jena (Turtle, RDF/XML, JSON-LD). */
package eu.od4growth.catalog.dataset.dcat;

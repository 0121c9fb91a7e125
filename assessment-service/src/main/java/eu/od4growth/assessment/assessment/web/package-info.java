/** HTTP face of assessments: requests, views, results and the radar chart. */
package eu.od4growth.assessment.assessment.web;

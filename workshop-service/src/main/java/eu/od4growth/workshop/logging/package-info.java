/** What may go into this service's log: text from outside (an SMTP server's answer) with personal data masked. */
package eu.od4growth.workshop.logging;

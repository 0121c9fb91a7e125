package eu.od4growth.catalog.harvest;

/** A source that cannot be read (unreachable, refused, malformed): the run fails and changes nothing. */
class HarvestException extends Exception {

    HarvestException(String message) {
        super(message);
    }
}

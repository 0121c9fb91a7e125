package eu.od4growth.broken.beta;

import eu.od4growth.broken.alpha.Thing;

public class Helper {

    public Thing thing() {
        return new Thing();
    }
}

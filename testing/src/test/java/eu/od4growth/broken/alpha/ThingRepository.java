package eu.od4growth.broken.alpha;

public class ThingRepository {
}

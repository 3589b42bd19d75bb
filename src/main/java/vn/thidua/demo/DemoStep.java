package vn.thidua.demo;

/** One part of the demo data; steps run in @Order, each only when its data is not there yet. */
public interface DemoStep {

    boolean alreadyLoaded();

    void load();
}

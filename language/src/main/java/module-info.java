module org.jaxl {
    requires java.base;
    requires java.logging;
    requires java.management;
    requires jdk.unsupported;
    requires jdk.incubator.vector;
    requires org.graalvm.polyglot;
    requires org.graalvm.truffle;
    exports org.jaxl;
    exports org.jaxl.runtime;
    provides com.oracle.truffle.api.provider.TruffleLanguageProvider with org.jaxl.JaxlLanguageProvider;
}

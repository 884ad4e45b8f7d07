/**
 * The {@code jaxl} command. It sees the language only through the polyglot API; the language
 * module joins at run time as a service provider of Truffle.
 */
module org.jaxl.launcher {
    requires java.management;
    requires org.graalvm.launcher;
    requires org.graalvm.polyglot;
    requires org.graalvm.shadowed.jline;
}

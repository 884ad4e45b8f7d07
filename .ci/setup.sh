# What ./jaxl and .ci/run need from a machine, found or installed: JDK 25 (looked for as the
# distribution's bin/jaxl looks for it, in component/src/dist/lib/find-jdk.sh) and Maven.
# Sourced by bash scripts at the repository's root directory; defines functions only.

. component/src/dist/lib/find-jdk.sh

# The GraalVM release every runtime jar has (the parent pom's graalvm.version): the Graal
# compiler of that release needs a JDK 25 update at least as new.
jaxl_graalvm_version() {
    sed -n 's:.*<graalvm.version>\(.*\)</graalvm.version>.*:\1:p' pom.xml
}

# Runs apt-get as root, through sudo where this is not root.
jaxl_apt_get() {
    if [ "$(id -u)" -eq 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get "$@"
    else
        sudo DEBIAN_FRONTEND=noninteractive apt-get "$@"
    fi
}

# Installs the first of the given packages that apt offers; fails when it offers none of them.
jaxl_apt_install_first() {
    command -v apt-get >/dev/null 2>&1 || return 1
    jaxl_apt_get update -qq >&2 || return 1
    local package candidate
    for package in "$@"; do
        candidate=$(apt-cache policy "$package" 2>/dev/null | sed -n 's/^ *Candidate: *//p')
        if [ -n "$candidate" ] && [ "$candidate" != "(none)" ]; then
            echo "jaxl: installing $package $candidate through apt" >&2
            jaxl_apt_get install -y -qq "$package" >&2
            return
        fi
    done
    return 1
}

# Sets JAXL_JAVA_HOME to a JDK 25 new enough for the Graal compiler, installing one through apt
# (Adoptium's temurin-25-jdk, or Debian's openjdk-25-jdk-headless) when none is found; exits
# with a message when neither works.
jaxl_setup_java() {
    local minimum
    minimum=$(jaxl_graalvm_version)
    if ! jaxl_find_java "$minimum"; then
        echo "jaxl: $JAXL_JDK_PROBLEM" >&2
        if ! jaxl_apt_install_first temurin-25-jdk openjdk-25-jdk-headless || ! jaxl_find_java "$minimum"; then
            echo "jaxl: no JDK 25 could be installed through apt either; install JDK $minimum or newer and set JAVA_HOME to it." >&2
            exit 1
        fi
    fi
    JAXL_JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$JAXL_JAVA")")")
}

# Makes sure Maven is there, installing Debian's package when it is not.
jaxl_setup_maven() {
    if ! command -v mvn >/dev/null 2>&1 && ! jaxl_apt_install_first maven; then
        echo "jaxl: Maven (mvn) not found and not installable through apt; install Maven 3.8 or newer." >&2
        exit 1
    fi
}

# Maven itself, run on JDK 25, warns about sun.misc.Unsafe; that says nothing about Jaxl.
jaxl_maven_opts() {
    printf '%s' "${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
}

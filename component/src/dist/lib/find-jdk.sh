# Finds the JDK 25 that Jaxl runs on. Sourced (POSIX sh) by the distribution's bin/jaxl and, in a
# checkout, by ./jaxl and .ci/run, so that all three pick the same JDK. Defines shell functions
# only; their variables start with jaxl_ so that they do not clash with the caller's.

# Where a JDK 25 is looked for, in this order: $JAVA_HOME, the Temurin package's directory,
# `java` on PATH, then any other JDK 25 under /usr/lib/jvm (where Debian's packages put it).
jaxl_java_candidates() {
    if [ -n "${JAVA_HOME:-}" ]; then
        printf '%s\n' "$JAVA_HOME/bin/java"
    fi
    printf '%s\n' /usr/lib/jvm/temurin-25-jdk-amd64/bin/java
    command -v java 2>/dev/null || true
    for jaxl_dir in /usr/lib/jvm/*-25-* /usr/lib/jvm/*-25; do
        printf '%s\n' "$jaxl_dir/bin/java"
    done
}

# Sets JAXL_JAVA_VERSION to the version of the JDK that java launcher $1 belongs to (e.g. 25.0.3)
# and JAXL_JAVA_HOME to that JDK's directory: read from the JDK's release file without running
# anything where $1 is <jdk>/bin/java itself, else after resolving links, or from `java -version`.
jaxl_java_version() {
    JAXL_JAVA_HOME=${1%/bin/java}
    if [ "$JAXL_JAVA_HOME" = "$1" ] || [ -h "$1" ] || [ ! -r "$JAXL_JAVA_HOME/release" ]; then
        jaxl_real=$(readlink -f "$1" 2>/dev/null || printf '%s' "$1")
        JAXL_JAVA_HOME=${jaxl_real%/bin/*}
    fi
    JAXL_JAVA_VERSION=
    if [ -r "$JAXL_JAVA_HOME/release" ]; then
        while IFS= read -r jaxl_line || [ -n "$jaxl_line" ]; do
            case $jaxl_line in
                JAVA_VERSION=*)
                    jaxl_line=${jaxl_line#JAVA_VERSION=\"}
                    JAXL_JAVA_VERSION=${jaxl_line%\"}
                    break
                    ;;
            esac
        done <"$JAXL_JAVA_HOME/release"
    else
        JAXL_JAVA_VERSION=$("$1" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
    fi
}

# Succeeds when version $1 is at least version $2, comparing dot-separated numbers from the left
# (25 = 25.0.0; suffixes such as -ea are ignored).
jaxl_version_at_least() {
    jaxl_have=$1
    jaxl_need=$2
    while [ -n "$jaxl_have$jaxl_need" ]; do
        jaxl_a=${jaxl_have%%.*}
        jaxl_a=${jaxl_a%%[!0-9]*}
        jaxl_b=${jaxl_need%%.*}
        jaxl_b=${jaxl_b%%[!0-9]*}
        if [ "${jaxl_a:-0}" -gt "${jaxl_b:-0}" ]; then
            return 0
        elif [ "${jaxl_a:-0}" -lt "${jaxl_b:-0}" ]; then
            return 1
        fi
        case $jaxl_have in *.*) jaxl_have=${jaxl_have#*.} ;; *) jaxl_have= ;; esac
        case $jaxl_need in *.*) jaxl_need=${jaxl_need#*.} ;; *) jaxl_need= ;; esac
    done
    return 0
}

# Sets JAXL_JAVA to the java launcher of the first JDK 25 whose release is at least $1 (and
# JAXL_JAVA_HOME, JAXL_JAVA_VERSION to its JDK's directory and version) (the
# Graal compiler's version: compiler 25.0.N refuses a JDK 25 older than 25.0.N) and succeeds. Otherwise
# sets JAXL_JDK_PROBLEM to a sentence that says what was found and fails.
jaxl_find_java() {
    JAXL_JAVA=
    JAXL_JDK_PROBLEM=
    jaxl_too_old=
    jaxl_newline='
'
    jaxl_saved_ifs=$IFS
    IFS=$jaxl_newline
    for jaxl_java in $(jaxl_java_candidates); do
        [ -x "$jaxl_java" ] || continue
        jaxl_java_version "$jaxl_java"
        jaxl_version=$JAXL_JAVA_VERSION
        case $jaxl_version in
            25 | 25.* | 25-* | 25+*) ;;
            *) continue ;;
        esac
        if jaxl_version_at_least "$jaxl_version" "$1"; then
            JAXL_JAVA=$jaxl_java
            IFS=$jaxl_saved_ifs
            return 0
        fi
        jaxl_too_old=${jaxl_too_old:-"JDK $jaxl_version at $jaxl_java"}
    done
    IFS=$jaxl_saved_ifs
    if [ -n "$jaxl_too_old" ]; then
        JAXL_JDK_PROBLEM="found $jaxl_too_old, but the Graal compiler $1 needs JDK $1 or newer; set JAVA_HOME to a newer JDK 25."
    else
        JAXL_JDK_PROBLEM="JDK 25 not found (looked at \$JAVA_HOME, /usr/lib/jvm/temurin-25-jdk-amd64, java on PATH and /usr/lib/jvm); install JDK $1 or newer and set JAVA_HOME to it."
    fi
    return 1
}

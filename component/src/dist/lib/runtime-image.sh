# Prepares, once, what makes bin/jaxl start in 0.9 s rather than 1.5 s: a run-time image of the JDK
# and Jaxl, and an ahead-of-time (AOT) cache of the classes a Jaxl run loads. Sourced (POSIX sh) by
# bin/jaxl after lib/find-jdk.sh; defines shell functions only, whose variables start with jaxl_.
#
# Why an image: the JDK ships a placeholder jdk.graal.compiler module, so the stock JDK needs the
# Graal compiler on --upgrade-module-path, and with that option the JVM turns class-data sharing
# off entirely and loads every class (about 4,500) from its jar. jlink links the distribution's
# modules/ (the language, the launcher, Truffle, the tools) and the JDK modules they need into one
# image, leaving out the placeholder; the compiler jar then goes on the plain module path, alone
# (resolving a module path of 17 jars costs a quarter of a second at every start). A training run
# records the classes a Jaxl run loads, linked, with their profiles, in an AOT cache (JDK 25's
# -XX:AOTCacheOutput, JEP 483/514/515) that later runs map instead of loading those classes.
#
# Where: $home/runtime/ when the distribution's directory is writable, else a directory under
# ${XDG_CACHE_HOME:-$HOME/.cache}/jaxl/. Both are made again when the JDK they came from changes
# or a jar of the distribution is newer than them, the cache also when the distribution moved or
# the JVM options (the collector) changed.
# When anything fails (no jlink in the JDK, no writable directory) bin/jaxl runs as before on the
# stock JDK; JAXL_RUNTIME_IMAGE=off does the same on purpose.

# JDK modules that no module of modules/ requires: JVMCI and JFR (required by the compiler, which
# stays outside), the JDWP agent (--vm.agentlib:jdwp), the zip file system, the extra charsets.
JAXL_IMAGE_EXTRA_MODULES=jdk.internal.vm.ci,jdk.jfr,jdk.jdwp.agent,jdk.zipfs,jdk.charsets

# JVM options every run on the image gets besides bin/jaxl's JAXL_JVM_COMMON: the AOT cache's
# messages off (a cache that does not match is then ignored without a word and the classes come
# from the image).
JAXL_IMAGE_JVM_OPTIONS="-Xlog:cds*=off,aot*=off -XX:-UsePerfData"

# Sets JAXL_STATE to the directory that holds the image and the AOT cache for distribution $1.
jaxl_state_dir() {
    if [ -w "$1" ]; then
        JAXL_STATE=$1/runtime
    elif [ -n "${HOME:-}" ] || [ -n "${XDG_CACHE_HOME:-}" ]; then
        JAXL_STATE=${XDG_CACHE_HOME:-$HOME/.cache}/jaxl/$(printf '%s' "$1" | cksum | cut -d ' ' -f 1)
    else
        return 1
    fi
}

# Sets JAXL_LINE to the first line of file $1 (empty when there is none), read without running
# anything.
jaxl_first_line() {
    JAXL_LINE=
    if [ -r "$1" ]; then
        IFS= read -r JAXL_LINE <"$1" || true
    fi
}

# Says on stderr, when a person is watching, that the one-time preparation is running.
jaxl_image_say() {
    if [ -t 2 ]; then
        echo "jaxl: $1" >&2
    fi
}

# Makes sure the state directory $2 for distribution $1 has an image made from JDK $3 (found by
# jaxl_find_java, which also set JAXL_JAVA_VERSION) and an up-to-date AOT cache; $4 is the
# compiler jar, the image's module path. Sets JAXL_IMAGE_JAVA (the image's java),
# JAXL_IMAGE_ARCHIVE and JAXL_IMAGE_MODULE_PATH and succeeds, or fails leaving bin/jaxl to use
# the stock JDK.
jaxl_prepare_image() {
    jaxl_home=$1
    jaxl_state=$2
    jaxl_jdk=$3
    jaxl_source="$jaxl_jdk $JAXL_JAVA_VERSION"
    JAXL_IMAGE_JAVA=$jaxl_state/jdk/bin/java
    JAXL_IMAGE_ARCHIVE=$jaxl_state/jaxl.aot
    JAXL_IMAGE_MODULE_PATH=$4
    jaxl_first_line "$jaxl_state/jdk.source"
    if [ "$JAXL_LINE" != "$jaxl_source" ] || [ ! -x "$JAXL_IMAGE_JAVA" ] \
            || jaxl_newer_jar "$jaxl_home" "$jaxl_state/jdk.source"; then
        mkdir -p "$jaxl_state" 2>/dev/null && [ -x "$jaxl_jdk/bin/jlink" ] || return 1
        # A failure is remembered for this JDK and these jars, so that later runs do not try again.
        jaxl_first_line "$jaxl_state/unavailable"
        if [ "$JAXL_LINE" = "$jaxl_source" ] && ! jaxl_newer_jar "$jaxl_home" "$jaxl_state/unavailable"; then
            return 1
        fi
        jaxl_image_say "preparing a run-time image for faster start-up (once, about 15 s)…"
        jaxl_link "$jaxl_home" "$jaxl_state" "$jaxl_jdk" || {
            printf '%s\n' "$jaxl_source" >"$jaxl_state/unavailable"
            return 1
        }
        printf '%s\n' "$jaxl_source" >"$jaxl_state/jdk.source"
    fi
    # The cache holds for one place of the distribution and one set of JVM options (the collector).
    jaxl_first_line "$jaxl_state/jaxl.aot.key"
    if [ ! -e "$JAXL_IMAGE_ARCHIVE" ] || [ "$JAXL_LINE" != "$jaxl_home $JAXL_JVM_COMMON" ]; then
        jaxl_train "$jaxl_home" "$jaxl_state" || return 1
    fi
    return 0
}

# Succeeds when a jar of distribution $1 is newer than file $2 (the shell's own test, no find).
jaxl_newer_jar() {
    for jaxl_jar in "$1"/modules/*.jar "$1"/modules/upgrade/*.jar; do
        if [ "$jaxl_jar" -nt "$2" ]; then
            return 0
        fi
    done
    return 1
}

# Links the image of distribution $1 into state directory $2 with the jlink of JDK $3.
jaxl_link() {
    jaxl_tmp=$2/jdk.tmp.$$
    jaxl_path=
    for jaxl_jar in "$1"/modules/*.jar "$1"/modules/upgrade/*.jar; do
        case ${jaxl_jar##*/} in
            compiler-*) ;;
            *) jaxl_path=${jaxl_path:+$jaxl_path:}$jaxl_jar ;;
        esac
    done
    rm -rf "$jaxl_tmp"
    if ! "$3/bin/jlink" --module-path "$jaxl_path" --add-modules "ALL-MODULE-PATH,$JAXL_IMAGE_EXTRA_MODULES" \
            --generate-cds-archive --output "$jaxl_tmp" >/dev/null 2>&1; then
        rm -rf "$jaxl_tmp"
        return 1
    fi
    rm -rf "$2/jdk" "$2/jaxl.aot" "$2/jaxl.aot.key"
    # Another bin/jaxl may have finished first: then its image is kept and ours dropped.
    mv -T "$jaxl_tmp" "$2/jdk" 2>/dev/null || rm -rf "$jaxl_tmp"
}

# The training run: lib/aot-training.jaxl (imports, arrays, jit, printing) on the image, with the
# classes it loads written to the AOT cache.
jaxl_train() {
    jaxl_image_say "recording the classes Jaxl loads, for faster start-up (once)…"
    jaxl_dump=$2/jaxl.aot.tmp.$$
    # shellcheck disable=SC2086 # lists of options
    if "$JAXL_IMAGE_JAVA" $JAXL_IMAGE_JVM_OPTIONS -XX:AOTCacheOutput="$jaxl_dump" \
            --module-path "$JAXL_IMAGE_MODULE_PATH" $JAXL_JVM_COMMON \
            -m org.jaxl.launcher/org.jaxl.launcher.JaxlMain "$1/lib/aot-training.jaxl" >/dev/null 2>&1 \
            && [ -s "$jaxl_dump" ]; then
        mv -f "$jaxl_dump" "$JAXL_IMAGE_ARCHIVE"
        printf '%s\n' "$1 $JAXL_JVM_COMMON" >"$2/jaxl.aot.key"
        return 0
    fi
    rm -f "$jaxl_dump" "$jaxl_dump.config"
    return 1
}

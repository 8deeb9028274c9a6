# Sourced by the project's scripts: selects a Java 25 JDK for Maven and the launcher.
# Uses JAVA_HOME when it already is Java 25 or later, else Temurin 25 where Debian-style machines keep it.
gpioint_java_ok() {
  [ -x "$1/bin/java" ] || return 1
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [ -n "$v" ] && [ "${v%%.*}" -ge 25 ] 2>/dev/null
}
if [ -z "${JAVA_HOME:-}" ] || ! gpioint_java_ok "$JAVA_HOME"; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk-arm64 /usr/lib/jvm/java-25-openjdk-amd64; do
    if gpioint_java_ok "$candidate"; then JAVA_HOME=$candidate; break; fi
  done
fi
if [ -z "${JAVA_HOME:-}" ] || ! gpioint_java_ok "$JAVA_HOME"; then
  echo "gpioint needs Java 25: set JAVA_HOME to a JDK 25 (Temurin 25 is expected at /usr/lib/jvm/temurin-25-jdk-amd64)" >&2
  exit 2
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
# Maven 3.8/3.9 still calls sun.misc.Unsafe through Guava; on Java 25 that prints a warning on every build.
case " ${MAVEN_OPTS:-} " in
  *sun-misc-unsafe-memory-access*) ;;
  *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
esac

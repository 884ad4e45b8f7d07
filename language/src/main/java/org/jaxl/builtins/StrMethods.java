package org.jaxl.builtins;

import java.util.ArrayList;
import java.util.List;

import org.jaxl.runtime.PDict;
import org.jaxl.runtime.PList;
import org.jaxl.runtime.PNone;
import org.jaxl.runtime.PTuple;
import org.jaxl.runtime.PyErrors;
import org.jaxl.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** Methods of {@code str}. */
public final class StrMethods {
    private StrMethods() {
    }

    static String self(Node node, Object o, String method) {
        if (o instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(node, "descriptor '" + method + "' for 'str' objects doesn't apply to a '" + PyObjects.typeName(o) + "' object");
    }

    static String arg(Node node, Object o, String what) {
        if (o instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(node, what + " must be str, not " + PyObjects.typeName(o));
    }

    @Builtin(name = "join", signature = "(self, iterable, /)")
    @GenerateNodeFactory
    public abstract static class JoinNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String join(Object self, Object iterable) {
            String sep = self(this, self, "join");
            Object[] items = PyObjects.toArray(iterable, this);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof String s)) {
                    throw PyErrors.typeError(this, "sequence item " + i + ": expected str instance, " + PyObjects.typeName(items[i]) + " found");
                }
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(s);
            }
            return sb.toString();
        }
    }

    @Builtin(name = "split", signature = "(self, /, sep=None, maxsplit=-1)")
    @GenerateNodeFactory
    public abstract static class SplitNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PList split(Object self, Object sep, Object maxsplit) {
            return new PList(splitString(this, self(this, self, "split"), sep, PyObjects.indexAsLong(maxsplit, this), false).toArray());
        }
    }

    @Builtin(name = "rsplit", signature = "(self, /, sep=None, maxsplit=-1)")
    @GenerateNodeFactory
    public abstract static class RSplitNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PList rsplit(Object self, Object sep, Object maxsplit) {
            return new PList(splitString(this, self(this, self, "rsplit"), sep, PyObjects.indexAsLong(maxsplit, this), true).toArray());
        }
    }

    static List<Object> splitString(Node node, String s, Object sepObj, long max, boolean fromRight) {
        List<Object> out = new ArrayList<>();
        if (sepObj == PNone.NONE) {
            String t = s;
            List<String> parts = new ArrayList<>();
            int i = 0;
            int n = t.length();
            if (!fromRight) {
                while (i < n) {
                    while (i < n && Character.isWhitespace(t.charAt(i))) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (max >= 0 && parts.size() == max) {
                        parts.add(t.substring(i).stripTrailing());
                        break;
                    }
                    int j = i;
                    while (j < n && !Character.isWhitespace(t.charAt(j))) {
                        j++;
                    }
                    parts.add(t.substring(i, j));
                    i = j;
                }
            } else {
                int j = n;
                while (j > 0) {
                    while (j > 0 && Character.isWhitespace(t.charAt(j - 1))) {
                        j--;
                    }
                    if (j <= 0) {
                        break;
                    }
                    if (max >= 0 && parts.size() == max) {
                        parts.add(0, t.substring(0, j).stripLeading());
                        break;
                    }
                    int k = j;
                    while (k > 0 && !Character.isWhitespace(t.charAt(k - 1))) {
                        k--;
                    }
                    parts.add(0, t.substring(k, j));
                    j = k;
                }
            }
            out.addAll(parts);
            return out;
        }
        String sep = arg(node, sepObj, "must be str or None");
        if (sep.isEmpty()) {
            throw PyErrors.valueError(node, "empty separator");
        }
        List<String> parts = new ArrayList<>();
        if (!fromRight) {
            int start = 0;
            while (max < 0 || parts.size() < max) {
                int k = s.indexOf(sep, start);
                if (k < 0) {
                    break;
                }
                parts.add(s.substring(start, k));
                start = k + sep.length();
            }
            parts.add(s.substring(start));
        } else {
            int end = s.length();
            while (max < 0 || parts.size() < max) {
                int k = s.lastIndexOf(sep, end - sep.length());
                if (k < 0 || end - sep.length() < 0) {
                    break;
                }
                parts.add(0, s.substring(k + sep.length(), end));
                end = k;
            }
            parts.add(0, s.substring(0, end));
        }
        out.addAll(parts);
        return out;
    }

    /** strip/lstrip/rstrip. */
    static String strip(Node node, String s, Object chars, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (chars == PNone.NONE) {
            while (left && i < j && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            while (right && j > i && Character.isWhitespace(s.charAt(j - 1))) {
                j--;
            }
        } else {
            String cs = arg(node, chars, "strip arg");
            while (left && i < j && cs.indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            while (right && j > i && cs.indexOf(s.charAt(j - 1)) >= 0) {
                j--;
            }
        }
        return s.substring(i, j);
    }

    @Builtin(name = "strip", signature = "(self, chars=None, /)")
    @GenerateNodeFactory
    public abstract static class StripNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String strip(Object self, Object chars) {
            return StrMethods.strip(this, self(this, self, "strip"), chars, true, true);
        }
    }

    @Builtin(name = "lstrip", signature = "(self, chars=None, /)")
    @GenerateNodeFactory
    public abstract static class LStripNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String lstrip(Object self, Object chars) {
            return StrMethods.strip(this, self(this, self, "lstrip"), chars, true, false);
        }
    }

    @Builtin(name = "rstrip", signature = "(self, chars=None, /)")
    @GenerateNodeFactory
    public abstract static class RStripNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String rstrip(Object self, Object chars) {
            return StrMethods.strip(this, self(this, self, "rstrip"), chars, false, true);
        }
    }

    @Builtin(name = "replace", signature = "(self, old, new, count=-1, /)")
    @GenerateNodeFactory
    public abstract static class ReplaceNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String replace(Object self, Object old, Object rep, Object count) {
            String s = self(this, self, "replace");
            String o = arg(this, old, "replace() argument 1");
            String r = arg(this, rep, "replace() argument 2");
            long n = PyObjects.indexAsLong(count, this);
            if (n < 0) {
                return s.replace(o, r);
            }
            StringBuilder sb = new StringBuilder();
            int start = 0;
            long done = 0;
            while (done < n) {
                int k = o.isEmpty() ? (start <= s.length() ? start : -1) : s.indexOf(o, start);
                if (k < 0) {
                    break;
                }
                sb.append(s, start, k).append(r);
                if (o.isEmpty()) {
                    if (k < s.length()) {
                        sb.append(s.charAt(k));
                    }
                    start = k + 1;
                } else {
                    start = k + o.length();
                }
                done++;
            }
            if (start <= s.length()) {
                sb.append(s.substring(Math.min(start, s.length())));
            }
            return sb.toString();
        }
    }

    /** The {@code [start, end)} range of {@code s} that optional start/end arguments select, as a slice does. */
    static int[] range(Node node, String s, Object start, Object end) {
        int n = s.length();
        int lo = start == PNone.NONE ? 0 : clamp(PyObjects.indexAsLong(start, node), n);
        int hi = end == PNone.NONE ? n : clamp(PyObjects.indexAsLong(end, node), n);
        return new int[]{lo, hi};
    }

    private static int clamp(long i, int n) {
        long v = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
        return (int) v;
    }

    /** startswith/endswith accept a string or a tuple of strings. */
    static boolean affix(Node node, String s, Object prefix, boolean start, String method) {
        if (prefix instanceof PTuple t) {
            for (Object p : t.items()) {
                if (affix(node, s, p, start, method)) {
                    return true;
                }
            }
            return false;
        }
        if (!(prefix instanceof String p)) {
            throw PyErrors.typeError(node, method + " first arg must be str or a tuple of str, not " + PyObjects.typeName(prefix));
        }
        return start ? s.startsWith(p) : s.endsWith(p);
    }

    @Builtin(name = "startswith", signature = "(self, prefix, start=None, end=None, /)")
    @GenerateNodeFactory
    public abstract static class StartsWithNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean startswith(Object self, Object prefix, Object start, Object end) {
            String s = self(this, self, "startswith");
            int[] r = range(this, s, start, end);
            return r[0] <= r[1] && affix(this, s.substring(r[0], r[1]), prefix, true, "startswith");
        }
    }

    @Builtin(name = "endswith", signature = "(self, suffix, start=None, end=None, /)")
    @GenerateNodeFactory
    public abstract static class EndsWithNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean endswith(Object self, Object suffix, Object start, Object end) {
            String s = self(this, self, "endswith");
            int[] r = range(this, s, start, end);
            return r[0] <= r[1] && affix(this, s.substring(r[0], r[1]), suffix, false, "endswith");
        }
    }

    /** Index of {@code sub} in {@code s[start:end]} (from the right when {@code last}), or -1. */
    static long search(Node node, Object self, Object sub, Object start, Object end, boolean last, String method) {
        String s = self(node, self, method);
        String t = arg(node, sub, "must be str");
        int[] r = range(node, s, start, end);
        if (r[1] - r[0] < t.length()) {
            return -1;
        }
        int k = last ? s.lastIndexOf(t, r[1] - t.length()) : s.indexOf(t, r[0]);
        return k < r[0] || k + t.length() > r[1] ? -1 : k;
    }

    @Builtin(name = "find", signature = "(self, sub, start=None, end=None, /)")
    @GenerateNodeFactory
    public abstract static class FindNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long find(Object self, Object sub, Object start, Object end) {
            return search(this, self, sub, start, end, false, "find");
        }
    }

    @Builtin(name = "rfind", signature = "(self, sub, start=None, end=None, /)")
    @GenerateNodeFactory
    public abstract static class RFindNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long rfind(Object self, Object sub, Object start, Object end) {
            return search(this, self, sub, start, end, true, "rfind");
        }
    }

    @Builtin(name = "index", signature = "(self, sub, start=None, end=None, /)")
    @GenerateNodeFactory
    public abstract static class IndexNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long index(Object self, Object sub, Object start, Object end) {
            long k = search(this, self, sub, start, end, false, "index");
            if (k < 0) {
                throw PyErrors.valueError(this, "substring not found");
            }
            return k;
        }
    }

    @Builtin(name = "rindex", signature = "(self, sub, start=None, end=None, /)")
    @GenerateNodeFactory
    public abstract static class RIndexNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long rindex(Object self, Object sub, Object start, Object end) {
            long k = search(this, self, sub, start, end, true, "rindex");
            if (k < 0) {
                throw PyErrors.valueError(this, "substring not found");
            }
            return k;
        }
    }

    @Builtin(name = "count", signature = "(self, sub, start=None, end=None, /)")
    @GenerateNodeFactory
    public abstract static class CountNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected long count(Object self, Object sub, Object start, Object end) {
            String whole = self(this, self, "count");
            String t = arg(this, sub, "must be str");
            int[] r = range(this, whole, start, end);
            if (r[0] > r[1]) {
                return 0;
            }
            String s = whole.substring(r[0], r[1]);
            if (t.isEmpty()) {
                return s.length() + 1;
            }
            long n = 0;
            for (int k = s.indexOf(t); k >= 0; k = s.indexOf(t, k + t.length())) {
                n++;
            }
            return n;
        }
    }

    @Builtin(name = "removeprefix", signature = "(self, prefix, /)")
    @GenerateNodeFactory
    public abstract static class RemovePrefixNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String removeprefix(Object self, Object prefix) {
            String s = self(this, self, "removeprefix");
            String p = arg(this, prefix, "removeprefix() argument");
            return s.startsWith(p) ? s.substring(p.length()) : s;
        }
    }

    @Builtin(name = "removesuffix", signature = "(self, suffix, /)")
    @GenerateNodeFactory
    public abstract static class RemoveSuffixNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String removesuffix(Object self, Object suffix) {
            String s = self(this, self, "removesuffix");
            String p = arg(this, suffix, "removesuffix() argument");
            return s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
        }
    }

    @Builtin(name = "swapcase", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class SwapCaseNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String swapcase(Object self) {
            StringBuilder sb = new StringBuilder();
            self(this, self, "swapcase").codePoints().forEach(c -> sb.appendCodePoint(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)));
            return sb.toString();
        }
    }

    @Builtin(name = "casefold", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class CaseFoldNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String casefold(Object self) {
            return self(this, self, "casefold").toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Builtin(name = "expandtabs", signature = "(self, /, tabsize=8)")
    @GenerateNodeFactory
    public abstract static class ExpandTabsNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String expandtabs(Object self, Object tabsize) {
            String s = self(this, self, "expandtabs");
            long size = PyObjects.indexAsLong(tabsize, this);
            StringBuilder sb = new StringBuilder();
            int column = 0;
            for (char c : s.toCharArray()) {
                if (c == '\t') {
                    if (size > 0) {
                        int spaces = (int) (size - column % size);
                        sb.append(" ".repeat(spaces));
                        column += spaces;
                    }
                } else {
                    sb.append(c);
                    column = c == '\n' || c == '\r' ? 0 : column + 1;
                }
            }
            return sb.toString();
        }
    }

    @Builtin(name = "upper", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class UpperNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String upper(Object self) {
            return self(this, self, "upper").toUpperCase(java.util.Locale.ROOT);
        }
    }

    @Builtin(name = "lower", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class LowerNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String lower(Object self) {
            return self(this, self, "lower").toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Builtin(name = "capitalize", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class CapitalizeNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String capitalize(Object self) {
            String s = self(this, self, "capitalize");
            return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Builtin(name = "title", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class TitleNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String title(Object self) {
            String s = self(this, self, "title");
            StringBuilder sb = new StringBuilder();
            boolean prevCased = false;
            for (char c : s.toCharArray()) {
                sb.append(prevCased ? Character.toLowerCase(c) : Character.toTitleCase(c));
                prevCased = Character.isLetter(c);
            }
            return sb.toString();
        }
    }

    /** The is* predicates: true when non-empty and every character passes. */
    static boolean all(String s, java.util.function.IntPredicate p) {
        return !s.isEmpty() && s.codePoints().allMatch(p);
    }

    @Builtin(name = "isdigit", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsDigitNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean isdigit(Object self) {
            return all(self(this, self, "isdigit"), Character::isDigit);
        }
    }

    @Builtin(name = "isalpha", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsAlphaNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean isalpha(Object self) {
            return all(self(this, self, "isalpha"), Character::isLetter);
        }
    }

    @Builtin(name = "isalnum", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsAlnumNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean isalnum(Object self) {
            return all(self(this, self, "isalnum"), Character::isLetterOrDigit);
        }
    }

    @Builtin(name = "isspace", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsSpaceNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean isspace(Object self) {
            return all(self(this, self, "isspace"), Character::isWhitespace);
        }
    }

    @Builtin(name = "isupper", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsUpperNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean isupper(Object self) {
            String s = self(this, self, "isupper");
            return s.codePoints().anyMatch(Character::isUpperCase) && s.codePoints().noneMatch(Character::isLowerCase);
        }
    }

    @Builtin(name = "islower", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsLowerNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean islower(Object self) {
            String s = self(this, self, "islower");
            return s.codePoints().anyMatch(Character::isLowerCase) && s.codePoints().noneMatch(Character::isUpperCase);
        }
    }

    /** ljust/rjust/center/zfill. */
    static String pad(Node node, String s, Object width, Object fill, int align) {
        long w = PyObjects.indexAsLong(width, node);
        String f = fill == PNone.NO_VALUE ? " " : arg(node, fill, "The fill character");
        if (f.length() != 1) {
            throw PyErrors.typeError(node, "The fill character must be exactly one character long");
        }
        int n = s.codePointCount(0, s.length());
        if (w <= n) {
            return s;
        }
        int total = (int) w - n;
        int leftPad = align < 0 ? 0 : align > 0 ? total : total / 2 + (total & (int) w & 1);
        return f.repeat(leftPad) + s + f.repeat(total - leftPad);
    }

    @Builtin(name = "ljust", signature = "(self, width, fillchar=_MISSING, /)")
    @GenerateNodeFactory
    public abstract static class LJustNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String ljust(Object self, Object width, Object fill) {
            return pad(this, self(this, self, "ljust"), width, fill, -1);
        }
    }

    @Builtin(name = "rjust", signature = "(self, width, fillchar=_MISSING, /)")
    @GenerateNodeFactory
    public abstract static class RJustNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String rjust(Object self, Object width, Object fill) {
            return pad(this, self(this, self, "rjust"), width, fill, 1);
        }
    }

    @Builtin(name = "center", signature = "(self, width, fillchar=_MISSING, /)")
    @GenerateNodeFactory
    public abstract static class CenterNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String center(Object self, Object width, Object fill) {
            return pad(this, self(this, self, "center"), width, fill, 0);
        }
    }

    @Builtin(name = "zfill", signature = "(self, width, /)")
    @GenerateNodeFactory
    public abstract static class ZFillNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String zfill(Object self, Object width) {
            String s = self(this, self, "zfill");
            long w = PyObjects.indexAsLong(width, this);
            if (w <= s.length()) {
                return s;
            }
            String zeros = "0".repeat((int) w - s.length());
            if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
                return s.charAt(0) + zeros + s.substring(1);
            }
            return zeros + s;
        }
    }

    @Builtin(name = "splitlines", signature = "(self, /, keepends=False)")
    @GenerateNodeFactory
    public abstract static class SplitLinesNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PList splitlines(Object self, Object keepends) {
            String s = self(this, self, "splitlines");
            boolean keep = PyObjects.isTrue(keepends);
            List<Object> out = new ArrayList<>();
            int start = 0;
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r') {
                    int end = i;
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    out.add(s.substring(start, keep ? i + 1 : end));
                    start = i + 1;
                }
                i++;
            }
            if (start < s.length()) {
                out.add(s.substring(start));
            }
            return new PList(out.toArray());
        }
    }

    @Builtin(name = "partition", signature = "(self, sep, /)")
    @GenerateNodeFactory
    public abstract static class PartitionNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PTuple partition(Object self, Object sep) {
            String s = self(this, self, "partition");
            String p = arg(this, sep, "must be str");
            int k = s.indexOf(p);
            if (k < 0) {
                return PTuple.of(s, "", "");
            }
            return PTuple.of(s.substring(0, k), p, s.substring(k + p.length()));
        }
    }

    @Builtin(name = "rpartition", signature = "(self, sep, /)")
    @GenerateNodeFactory
    public abstract static class RPartitionNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected PTuple rpartition(Object self, Object sep) {
            String s = self(this, self, "rpartition");
            String p = arg(this, sep, "must be str");
            if (p.isEmpty()) {
                throw PyErrors.valueError(this, "empty separator");
            }
            int k = s.lastIndexOf(p);
            if (k < 0) {
                return PTuple.of("", "", s);
            }
            return PTuple.of(s.substring(0, k), p, s.substring(k + p.length()));
        }
    }

    @Builtin(name = "isdecimal", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsDecimalNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean isdecimal(Object self) {
            return all(self(this, self, "isdecimal"), c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER);
        }
    }

    @Builtin(name = "isnumeric", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsNumericNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean isnumeric(Object self) {
            return all(self(this, self, "isnumeric"), c -> {
                int t = Character.getType(c);
                return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
            });
        }
    }

    @Builtin(name = "isidentifier", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsIdentifierNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean isidentifier(Object self) {
            String s = self(this, self, "isidentifier");
            return !s.isEmpty() && (Character.isUnicodeIdentifierStart(s.codePointAt(0)) || s.charAt(0) == '_')
                            && s.codePoints().allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
        }
    }

    @Builtin(name = "isascii", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsAsciiNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean isascii(Object self) {
            return self(this, self, "isascii").chars().allMatch(c -> c < 128);
        }
    }

    @Builtin(name = "istitle", signature = "(self, /)")
    @GenerateNodeFactory
    public abstract static class IsTitleNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected boolean istitle(Object self) {
            boolean cased = false;
            boolean previousCased = false;
            for (int c : self(this, self, "istitle").codePoints().toArray()) {
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    if (previousCased) {
                        return false;
                    }
                    previousCased = true;
                    cased = true;
                } else if (Character.isLowerCase(c)) {
                    if (!previousCased) {
                        return false;
                    }
                    previousCased = true;
                    cased = true;
                } else {
                    previousCased = false;
                }
            }
            return cased;
        }
    }

    @Builtin(name = "format", signature = "(self, /, *args, **kwargs)")
    @GenerateNodeFactory
    public abstract static class FormatNode extends BuiltinNode {
        @Specialization
        @TruffleBoundary
        protected String format(Object self, PTuple args, PDict kwargs) {
            return StrFormat.format(this, self(this, self, "format"), args.items(), kwargs);
        }
    }
}

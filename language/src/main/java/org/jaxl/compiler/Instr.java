package org.jaxl.compiler;

import com.oracle.truffle.api.nodes.Node;

/**
 * One operation of a fused loop's body. The body is a list of instructions over registers, in
 * dependency order: registers {@code 0..inputs-1} hold the loop's inputs for the current
 * element (or vector of elements), register {@code inputs + i} the result of instruction
 * {@code i}. Every field is final, so partial evaluation folds the dispatch on operation and
 * lane, and escape analysis keeps the registers (boxed scalars, vectors) in machine registers.
 */
abstract class Instr extends Node {
    /** The value for one element; operands are boxed Java primitives. */
    abstract Object scalar(Object[] regs);

    /** The value for one vector of elements; operands are vectors or masks. */
    abstract Object vector(Object[] regs);

    /** A unary operation; {@code twin} selects the scalar twin of a vector approximation (see {@link ScalarOps}). */
    static final class Unary extends Instr {
        private final ElemOp op;
        private final Lane lane;
        private final boolean twin;
        private final int x;

        Unary(ElemOp op, Lane lane, boolean twin, int x) {
            this.op = op;
            this.lane = lane;
            this.twin = twin;
            this.x = x;
        }

        @Override
        Object scalar(Object[] regs) {
            return ScalarOps.unary(op, lane, twin, regs[x]);
        }

        @Override
        Object vector(Object[] regs) {
            return VectorOps.unary(op, lane, regs[x]);
        }
    }

    /** A binary operation or comparison on operands of one lane. */
    static final class Binary extends Instr {
        private final ElemOp op;
        private final Lane lane;
        private final int a;
        private final int b;

        Binary(ElemOp op, Lane lane, int a, int b) {
            this.op = op;
            this.lane = lane;
            this.a = a;
            this.b = b;
        }

        @Override
        Object scalar(Object[] regs) {
            return ScalarOps.binary(op, lane, regs[a], regs[b]);
        }

        @Override
        Object vector(Object[] regs) {
            return VectorOps.binary(op, lane, regs[a], regs[b]);
        }
    }

    /** {@code is_finite}. */
    static final class IsFinite extends Instr {
        private final Lane lane;
        private final int x;

        IsFinite(Lane lane, int x) {
            this.lane = lane;
            this.x = x;
        }

        @Override
        Object scalar(Object[] regs) {
            return ScalarOps.isFinite(lane, regs[x]);
        }

        @Override
        Object vector(Object[] regs) {
            return VectorOps.isFinite(lane, regs[x]);
        }
    }

    /** {@code select_n} with a bool predicate: {@code onTrue} where it holds, else {@code onFalse}. */
    static final class Select extends Instr {
        private final Lane lane;
        private final int predicate;
        private final int onFalse;
        private final int onTrue;

        Select(Lane lane, int predicate, int onFalse, int onTrue) {
            this.lane = lane;
            this.predicate = predicate;
            this.onFalse = onFalse;
            this.onTrue = onTrue;
        }

        @Override
        Object scalar(Object[] regs) {
            return (Boolean) regs[predicate] ? regs[onTrue] : regs[onFalse];
        }

        @Override
        Object vector(Object[] regs) {
            return VectorOps.select(lane, regs[predicate], regs[onFalse], regs[onTrue]);
        }
    }

    /** {@code convert_element_type}. */
    static final class Convert extends Instr {
        private final Lane from;
        private final Lane to;
        private final int width;
        private final int x;

        Convert(Lane from, Lane to, int width, int x) {
            this.from = from;
            this.to = to;
            this.width = width;
            this.x = x;
        }

        @Override
        Object scalar(Object[] regs) {
            return ScalarOps.convert(from, to, regs[x]);
        }

        @Override
        Object vector(Object[] regs) {
            return VectorOps.convert(from, to, width, regs[x]);
        }
    }
}

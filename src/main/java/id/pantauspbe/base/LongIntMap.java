package id.pantauspbe.base;

import java.util.Arrays;

/**
 * A map from {@code long} keys to {@code int} values without boxing (open addressing, linear
 * probing): about 12 to 24 bytes an entry instead of about 80 for a {@code HashMap<Long, Integer>},
 * for the hundreds of thousands of keys of a bulk import. Not thread-safe.
 */
public final class LongIntMap {

    /** What {@link #get} answers for a missing key. */
    public static final int MISSING = Integer.MIN_VALUE;

    private static final long FREE = Long.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private int size;
    private boolean hasFreeKey;
    private int freeKeyValue;

    public LongIntMap() {
        this(16);
    }

    public LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, FREE);
    }

    public int size() {
        return size + (hasFreeKey ? 1 : 0);
    }

    /** The value of a key, or {@link #MISSING}. */
    public int get(long key) {
        if (key == FREE) {
            return hasFreeKey ? freeKeyValue : MISSING;
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == FREE) {
                return MISSING;
            }
        }
    }

    /** Stores a value only when the key is new; the value already stored, or {@link #MISSING}. */
    public int putIfAbsent(long key, int value) {
        if (key == FREE) {
            if (hasFreeKey) {
                return freeKeyValue;
            }
            hasFreeKey = true;
            freeKeyValue = value;
            return MISSING;
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == FREE) {
                keys[i] = key;
                values[i] = value;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return MISSING;
            }
        }
    }

    /** Stores a value, replacing any before. */
    public void put(long key, int value) {
        if (key == FREE) {
            hasFreeKey = true;
            freeKeyValue = value;
            return;
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                values[i] = value;
                return;
            }
            if (k == FREE) {
                keys[i] = key;
                values[i] = value;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(keys, FREE);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            long key = oldKeys[j];
            if (key != FREE) {
                int i = slot(key, mask);
                while (keys[i] != FREE) {
                    i = (i + 1) & mask;
                }
                keys[i] = key;
                values[i] = oldValues[j];
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}

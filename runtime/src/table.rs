//! Hash tables behind Python's `dict` and `set`.
//!
//! Both tables are generic over the stored key (and value) types. They never
//! hash or compare keys themselves: the caller supplies the key's hash as an
//! `i64` and an equality callback that may fail, because in Python `__eq__`
//! can raise. Every operation that compares keys returns `Result<_, E>` and
//! stops at the first error the callback reports, leaving the table in a
//! consistent state.
//!
//! [`Dict`] is a compact, insertion-ordered table in the style of CPython's
//! dict: an entries vector of `(hash, key, value)` records plus a sparse
//! index table that maps probe positions to entry positions. Deleting a key
//! leaves a hole in the entries vector that iteration skips; holes are
//! squeezed out when the index table is rebuilt.
//!
//! [`Set`] mirrors `Objects/setobject.c` of CPython 3.11 slot for slot, so
//! that iterating a set (and therefore printing it) yields exactly the order
//! CPython produces for the same sequence of operations on keys with the
//! same hashes. That covers the probe sequence (linear probes followed by
//! perturbed probing), the fill/used accounting with dummy slots, the resize
//! rules, `pop`'s search finger, and the order in which the set algebra
//! (union, intersection, difference, symmetric difference) visits and
//! inserts keys.
//!
//! Hashes follow CPython's conventions: the caller should never pass `-1`
//! (CPython maps a computed `-1` to `-2`), and the hash of a small int is the
//! int itself. The tables stay correct for a hash of `-1`, but a set would no
//! longer match CPython's layout since CPython cannot produce that hash.
//!
//! The equality callbacks receive a shared reference to a stored key and
//! must not reach the table they are called from by any other path. A
//! runtime whose `__eq__` can run arbitrary code (which may change or clear
//! the very table being probed) drives the probe itself instead:
//! [`Dict::probe`] and [`Set::probe`] start a probe, `probe_next` yields
//! each stored key with the probe hash (the caller compares it with no
//! borrow of the table held), and `probe_unchanged` tells afterwards whether
//! the table was rebuilt or the compared slot changed meanwhile, in which
//! case the caller starts again, as CPython's lookups do.

use std::fmt;

/// The number of bits by which the perturbation is shifted on each
/// non-linear probe, as in CPython.
const PERTURB_SHIFT: u32 = 5;

/// Advances an open-addressing probe the way CPython does: the new position
/// is `(i * 5 + 1 + perturb) & mask` after shifting the perturbation.
#[inline]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    ((i as u64)
        .wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb) as usize)
        & mask
}

/// Returns the first probe position and the initial perturbation for a hash.
#[inline]
fn first_probe(hash: i64, mask: usize) -> (usize, u64) {
    let perturb = hash as u64;
    ((perturb as usize) & mask, perturb)
}

// ===========================================================================
// Dict
// ===========================================================================

/// The smallest index table a non-empty dict uses.
const DICT_MINSIZE: usize = 8;
/// An index slot that has never held an entry; probing stops here.
const IX_EMPTY: u32 = u32::MAX;
/// An index slot whose entry was deleted; probing continues past it.
const IX_DUMMY: u32 = u32::MAX - 1;

/// How many entries an index table of `size` slots may hold (two thirds,
/// like CPython's `USABLE_FRACTION`).
#[inline]
fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

/// One record of a dict's entries vector; `item` is `None` for a hole left
/// by a deletion.
#[derive(Clone)]
struct DictEntry<K, V> {
    hash: i64,
    item: Option<(K, V)>,
}

/// An insertion-ordered hash map with caller-supplied hashing and fallible
/// equality, laid out like CPython's compact dict.
#[derive(Clone)]
pub struct Dict<K, V> {
    /// The sparse index table: a power-of-two number of slots, each
    /// `IX_EMPTY`, `IX_DUMMY` or a position in `entries`. It is empty until
    /// the first insertion.
    indices: Vec<u32>,
    /// The entries in insertion order, with holes where keys were deleted.
    entries: Vec<DictEntry<K, V>>,
    /// The number of live entries.
    used: usize,
    /// The number of index slots that are not `IX_EMPTY` (live or dummy).
    filled: usize,
    /// Counts the rebuilds and clears, which move entries: a probe that sees
    /// it change starts again (CPython compares the keys object).
    version: u64,
}

/// A probe of a [`Dict`] in progress; see [`Dict::probe`].
#[derive(Clone, Debug)]
pub struct DictProbe {
    hash: i64,
    i: usize,
    perturb: u64,
    version: u64,
    started: bool,
}

/// What [`Dict::probe_next`] found.
pub enum DictStep<'a, K> {
    /// The probe reached an empty index slot: the key is absent.
    Absent,
    /// A stored key with the probe hash at entry position `pos`, to compare.
    Candidate { pos: usize, key: &'a K },
}

impl<K, V> Default for Dict<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Dict<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K, V> Dict<K, V> {
    /// Creates an empty dict without allocating.
    pub fn new() -> Self {
        Dict {
            indices: Vec::new(),
            entries: Vec::new(),
            used: 0,
            filled: 0,
            version: 0,
        }
    }

    /// Creates an empty dict that can take `n` insertions without
    /// rebuilding its index table.
    pub fn with_capacity(n: usize) -> Self {
        let mut d = Self::new();
        if n > 0 {
            d.rebuild(Self::size_for(n));
        }
        d
    }

    /// The number of key/value pairs.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the dict holds no pairs.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// One past the highest entry position in use. Positions below it may
    /// be holes; an iterator object walks `0..entries_capacity()` with
    /// [`Dict::entry_at`] or [`Dict::next_entry`].
    pub fn entries_capacity(&self) -> usize {
        self.entries.len()
    }

    /// The smallest index-table size whose usable fraction holds `n`
    /// entries.
    fn size_for(n: usize) -> usize {
        let mut size = DICT_MINSIZE;
        while usable_fraction(size) < n {
            size <<= 1;
        }
        size
    }

    #[inline]
    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// Finds the index slot and entry position of a key, or `None`.
    fn lookup<E, F>(&self, hash: i64, eq: &mut F) -> Result<Option<(usize, usize)>, E>
    where
        F: FnMut(&K) -> Result<bool, E>,
    {
        let mut p = self.probe(hash);
        loop {
            match self.probe_next(&mut p) {
                DictStep::Absent => return Ok(None),
                DictStep::Candidate { pos, key } => {
                    if eq(key)? {
                        return Ok(Some((p.i, pos)));
                    }
                }
            }
        }
    }

    /// Starts a probe for `hash`, for a caller whose key comparisons may run
    /// code that changes this dict: it calls [`Dict::probe_next`] until the
    /// key is found or absent, compares each candidate without holding a
    /// borrow of the dict, and after each comparison asks
    /// [`Dict::probe_unchanged`] whether to go on or start again.
    pub fn probe(&self, hash: i64) -> DictProbe {
        DictProbe {
            hash,
            i: 0,
            perturb: 0,
            version: self.version,
            started: false,
        }
    }

    /// Advances a probe to the next live entry with the probe's hash.
    pub fn probe_next(&self, p: &mut DictProbe) -> DictStep<'_, K> {
        debug_assert_eq!(p.version, self.version, "probing a rebuilt dict");
        if self.used == 0 || self.indices.is_empty() {
            return DictStep::Absent;
        }
        let mask = self.mask();
        if p.started {
            p.i = next_probe(p.i, &mut p.perturb, mask);
        } else {
            (p.i, p.perturb) = first_probe(p.hash, mask);
            p.started = true;
        }
        loop {
            let ix = self.indices[p.i];
            if ix == IX_EMPTY {
                return DictStep::Absent;
            }
            if ix != IX_DUMMY {
                let entry = &self.entries[ix as usize];
                if entry.hash == p.hash {
                    if let Some((k, _)) = &entry.item {
                        return DictStep::Candidate { pos: ix as usize, key: k };
                    }
                }
            }
            p.i = next_probe(p.i, &mut p.perturb, mask);
        }
    }

    /// After comparing the candidate at `pos`: whether the dict was neither
    /// rebuilt nor cleared and `pos` still holds a key for which `same`
    /// holds (the compared one). If not, the caller starts a new probe.
    pub fn probe_unchanged(&self, p: &DictProbe, pos: usize, same: impl FnOnce(&K) -> bool) -> bool {
        self.version == p.version
            && self
                .entries
                .get(pos)
                .and_then(|e| e.item.as_ref())
                .map_or(false, |(k, _)| same(k))
    }

    /// Finds the first empty or dummy index slot on a hash's probe path.
    fn find_free_slot(&self, hash: i64) -> usize {
        let mask = self.mask();
        let (mut i, mut perturb) = first_probe(hash, mask);
        loop {
            let ix = self.indices[i];
            if ix == IX_EMPTY || ix == IX_DUMMY {
                return i;
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// Finds the index slot that points at entry position `pos`.
    fn slot_of_entry(&self, hash: i64, pos: usize) -> usize {
        let mask = self.mask();
        let (mut i, mut perturb) = first_probe(hash, mask);
        loop {
            let ix = self.indices[i];
            if ix as usize == pos {
                return i;
            }
            assert!(ix != IX_EMPTY, "dict index table lost an entry");
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// Rebuilds the index table with `size` slots, squeezing the holes out
    /// of the entries vector first.
    fn rebuild(&mut self, size: usize) {
        debug_assert!(size.is_power_of_two() && usable_fraction(size) >= self.used);
        if self.entries.len() != self.used {
            self.entries.retain(|e| e.item.is_some());
        }
        self.version = self.version.wrapping_add(1);
        self.indices.clear();
        self.indices.resize(size, IX_EMPTY);
        let mask = size - 1;
        for (pos, entry) in self.entries.iter().enumerate() {
            let (mut i, mut perturb) = first_probe(entry.hash, mask);
            while self.indices[i] != IX_EMPTY {
                i = next_probe(i, &mut perturb, mask);
            }
            self.indices[i] = pos as u32;
        }
        self.filled = self.used;
        let usable = usable_fraction(size);
        if self.entries.capacity() < usable {
            self.entries.reserve_exact(usable - self.entries.len());
        }
    }

    /// CPython's test in `dict_merge` into an empty dict and in `PyDict_Copy`
    /// for copying the keys object as it is (`clone_combined_dict_keys`)
    /// rather than inserting the keys one by one: for a merge (`for_copy`
    /// false), no holes and either the minimum size or more than half full;
    /// for a copy, holes in at most a third of the entries.
    pub fn clones_whole(&self, for_copy: bool) -> bool {
        if for_copy {
            return self.used >= self.entries.len() * 2 / 3;
        }
        self.used == self.entries.len()
            && (self.indices.len() <= DICT_MINSIZE || usable_fraction(self.indices.len() / 2) < self.used)
    }

    /// CPython's presizing in `dict_merge`: when the index table cannot take
    /// `n` more entries, one rebuild for the live entries plus `n`.
    pub fn presize_for_merge(&mut self, n: usize) {
        if usable_fraction(self.indices.len()) < n {
            self.rebuild(Self::size_for(self.used + n));
        }
    }

    /// Makes room for `additional` more insertions without a rebuild.
    pub fn reserve(&mut self, additional: usize) {
        if self.filled + additional > usable_fraction(self.indices.len()) {
            self.rebuild(Self::size_for(self.used + additional));
        }
    }

    /// Appends a key that the caller knows is absent and returns its entry
    /// position. No equality callback runs.
    pub fn insert_unique(&mut self, hash: i64, key: K, value: V) -> usize {
        if self.filled >= usable_fraction(self.indices.len()) {
            // Grow like CPython's GROWTH_RATE (three times the live count).
            self.rebuild(Self::size_for_growth(self.used));
        }
        let slot = self.find_free_slot(hash);
        if self.indices[slot] == IX_EMPTY {
            self.filled += 1;
        }
        let pos = self.entries.len();
        assert!(pos < IX_DUMMY as usize, "dict too large");
        self.indices[slot] = pos as u32;
        self.entries.push(DictEntry {
            hash,
            item: Some((key, value)),
        });
        self.used += 1;
        pos
    }

    /// The table size CPython's growth rule picks for `used` live entries:
    /// the smallest power of two of at least `used * 3`.
    fn size_for_growth(used: usize) -> usize {
        let mut size = DICT_MINSIZE;
        while size < used * 3 {
            size <<= 1;
        }
        size
    }

    /// Looks up a key. `eq` compares a stored key with the probe key.
    pub fn get<E, F>(&self, hash: i64, mut eq: F) -> Result<Option<&V>, E>
    where
        F: FnMut(&K) -> Result<bool, E>,
    {
        Ok(self
            .lookup(hash, &mut eq)?
            .map(|(_, pos)| &self.entries[pos].item.as_ref().unwrap().1))
    }

    /// Looks up a key and returns its stored key and value.
    pub fn get_key_value<E, F>(&self, hash: i64, mut eq: F) -> Result<Option<(&K, &V)>, E>
    where
        F: FnMut(&K) -> Result<bool, E>,
    {
        Ok(self.lookup(hash, &mut eq)?.map(|(_, pos)| {
            let (k, v) = self.entries[pos].item.as_ref().unwrap();
            (k, v)
        }))
    }

    /// Looks up a key for mutation of its value.
    pub fn get_mut<E, F>(&mut self, hash: i64, mut eq: F) -> Result<Option<&mut V>, E>
    where
        F: FnMut(&K) -> Result<bool, E>,
    {
        match self.lookup(hash, &mut eq)? {
            Some((_, pos)) => Ok(Some(&mut self.entries[pos].item.as_mut().unwrap().1)),
            None => Ok(None),
        }
    }

    /// Looks up a key and returns its entry position.
    pub fn get_index<E, F>(&self, hash: i64, mut eq: F) -> Result<Option<usize>, E>
    where
        F: FnMut(&K) -> Result<bool, E>,
    {
        Ok(self.lookup(hash, &mut eq)?.map(|(_, pos)| pos))
    }

    /// Whether the dict holds a key.
    pub fn contains_key<E, F>(&self, hash: i64, mut eq: F) -> Result<bool, E>
    where
        F: FnMut(&K) -> Result<bool, E>,
    {
        Ok(self.lookup(hash, &mut eq)?.is_some())
    }

    /// Inserts a pair. If the key is present, its value is replaced and the
    /// old value returned; the stored key is kept and `key` is dropped, as
    /// CPython does. On an equality error both `key` and `value` are dropped.
    pub fn insert<E, F>(&mut self, hash: i64, key: K, value: V, mut eq: F) -> Result<Option<V>, E>
    where
        F: FnMut(&K) -> Result<bool, E>,
    {
        match self.lookup(hash, &mut eq)? {
            Some((_, pos)) => {
                let item = self.entries[pos].item.as_mut().unwrap();
                Ok(Some(std::mem::replace(&mut item.1, value)))
            }
            None => {
                self.insert_unique(hash, key, value);
                Ok(None)
            }
        }
    }

    /// Looks up a key and returns a handle to its slot, for insert-or-update
    /// patterns (`setdefault`, in-place operators) and for callers that only
    /// want to take ownership of a key once it is known to be new.
    pub fn entry<E, F>(&mut self, hash: i64, mut eq: F) -> Result<Entry<'_, K, V>, E>
    where
        F: FnMut(&K) -> Result<bool, E>,
    {
        Ok(match self.lookup(hash, &mut eq)? {
            Some((slot, pos)) => Entry::Occupied(OccupiedEntry {
                dict: self,
                slot,
                pos,
            }),
            None => Entry::Vacant(VacantEntry { dict: self, hash }),
        })
    }

    /// Removes the entry found at index slot `slot` and entry position `pos`.
    fn remove_found(&mut self, slot: usize, pos: usize) -> (K, V) {
        self.indices[slot] = IX_DUMMY;
        self.used -= 1;
        self.entries[pos].item.take().unwrap()
    }

    /// Removes a key and returns the stored pair.
    pub fn remove<E, F>(&mut self, hash: i64, mut eq: F) -> Result<Option<(K, V)>, E>
    where
        F: FnMut(&K) -> Result<bool, E>,
    {
        Ok(self
            .lookup(hash, &mut eq)?
            .map(|(slot, pos)| self.remove_found(slot, pos)))
    }

    /// Removes the pair at entry position `pos`, if there is one.
    pub fn remove_at(&mut self, pos: usize) -> Option<(K, V)> {
        let entry = self.entries.get(pos)?;
        entry.item.as_ref()?;
        let slot = self.slot_of_entry(entry.hash, pos);
        Some(self.remove_found(slot, pos))
    }

    /// Removes and returns the most recently inserted pair, as
    /// `dict.popitem()` does. Trailing holes are dropped from the entries
    /// vector, as in CPython.
    pub fn pop_last(&mut self) -> Option<(K, V)> {
        if self.used == 0 {
            return None;
        }
        let mut end = self.entries.len();
        while self.entries[end - 1].item.is_none() {
            end -= 1;
        }
        let pos = end - 1;
        let slot = self.slot_of_entry(self.entries[pos].hash, pos);
        let item = self.remove_found(slot, pos);
        self.entries.truncate(pos);
        Some(item)
    }

    /// Empties the dict and returns its former contents in insertion order,
    /// so that the caller can release them.
    pub fn clear(&mut self) -> Vec<(K, V)> {
        let entries = std::mem::take(&mut self.entries);
        self.indices = Vec::new();
        self.used = 0;
        self.filled = 0;
        self.version = self.version.wrapping_add(1);
        entries.into_iter().filter_map(|e| e.item).collect()
    }

    /// Iterates over the pairs in insertion order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + '_ {
        self.entries
            .iter()
            .filter_map(|e| e.item.as_ref().map(|(k, v)| (k, v)))
    }

    /// Iterates over the pairs in insertion order together with the keys'
    /// hashes.
    pub fn iter_hashed(&self) -> impl DoubleEndedIterator<Item = (i64, &K, &V)> + '_ {
        self.entries
            .iter()
            .filter_map(|e| e.item.as_ref().map(|(k, v)| (e.hash, k, v)))
    }

    /// Iterates over the pairs in insertion order with mutable values.
    pub fn iter_mut(&mut self) -> impl DoubleEndedIterator<Item = (&K, &mut V)> + '_ {
        self.entries
            .iter_mut()
            .filter_map(|e| e.item.as_mut().map(|(k, v)| (&*k, v)))
    }

    /// Iterates over the keys in insertion order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + '_ {
        self.iter().map(|(k, _)| k)
    }

    /// Iterates over the values in insertion order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + '_ {
        self.iter().map(|(_, v)| v)
    }

    /// Iterates mutably over the values in insertion order.
    pub fn values_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut V> + '_ {
        self.iter_mut().map(|(_, v)| v)
    }

    /// The pair at entry position `pos`, or `None` for a hole or a position
    /// past the end.
    pub fn entry_at(&self, pos: usize) -> Option<(&K, &V)> {
        self.entries.get(pos)?.item.as_ref().map(|(k, v)| (k, v))
    }

    /// The hash and pair at entry position `pos`.
    pub fn entry_at_hashed(&self, pos: usize) -> Option<(i64, &K, &V)> {
        let e = self.entries.get(pos)?;
        e.item.as_ref().map(|(k, v)| (e.hash, k, v))
    }

    /// The value at entry position `pos`, mutably.
    pub fn value_at_mut(&mut self, pos: usize) -> Option<&mut V> {
        self.entries.get_mut(pos)?.item.as_mut().map(|(_, v)| v)
    }

    /// The last live entry before position `pos`, with its position (reverse iteration).
    pub fn prev_entry(&self, pos: usize) -> Option<(usize, &K, &V)> {
        let end = pos.min(self.entries.len());
        self.entries[..end].iter().enumerate().rev().find_map(|(i, e)| e.item.as_ref().map(|(k, v)| (i, k, v)))
    }

    /// The first live entry at position `pos` or later, with its position
    /// and hash.
    pub fn next_entry_hashed(&self, pos: usize) -> Option<(usize, i64, &K, &V)> {
        self.entries
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, e)| e.item.as_ref().map(|(k, v)| (i, e.hash, k, v)))
    }

    /// The first live entry at position `pos` or later, with its position,
    /// the way CPython's dict iterators scan for the next item.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, &K, &V)> {
        self.entries
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, e)| e.item.as_ref().map(|(k, v)| (i, k, v)))
    }
}

/// The consuming iterator of a [`Dict`], in insertion order.
pub struct DictIntoIter<K, V>(std::vec::IntoIter<DictEntry<K, V>>);

impl<K, V> Iterator for DictIntoIter<K, V> {
    type Item = (K, V);

    fn next(&mut self) -> Option<(K, V)> {
        self.0.by_ref().find_map(|e| e.item)
    }
}

impl<K, V> IntoIterator for Dict<K, V> {
    type Item = (K, V);
    type IntoIter = DictIntoIter<K, V>;

    /// Consumes the dict, yielding its pairs in insertion order.
    fn into_iter(self) -> DictIntoIter<K, V> {
        DictIntoIter(self.entries.into_iter())
    }
}

/// A looked-up dict slot, returned by [`Dict::entry`].
pub enum Entry<'a, K, V> {
    Occupied(OccupiedEntry<'a, K, V>),
    Vacant(VacantEntry<'a, K, V>),
}

/// A dict slot that holds the looked-up key.
pub struct OccupiedEntry<'a, K, V> {
    dict: &'a mut Dict<K, V>,
    slot: usize,
    pos: usize,
}

impl<'a, K, V> OccupiedEntry<'a, K, V> {
    /// The entry position of the pair.
    pub fn index(&self) -> usize {
        self.pos
    }

    /// The stored key.
    pub fn key(&self) -> &K {
        &self.dict.entries[self.pos].item.as_ref().unwrap().0
    }

    /// The stored value.
    pub fn get(&self) -> &V {
        &self.dict.entries[self.pos].item.as_ref().unwrap().1
    }

    /// The stored value, mutably.
    pub fn get_mut(&mut self) -> &mut V {
        &mut self.dict.entries[self.pos].item.as_mut().unwrap().1
    }

    /// The stored value, mutably, for the lifetime of the dict borrow.
    pub fn into_mut(self) -> &'a mut V {
        &mut self.dict.entries[self.pos].item.as_mut().unwrap().1
    }

    /// Replaces the value and returns the old one; the stored key is kept.
    pub fn insert(&mut self, value: V) -> V {
        std::mem::replace(self.get_mut(), value)
    }

    /// Removes the pair from the dict.
    pub fn remove(self) -> (K, V) {
        self.dict.remove_found(self.slot, self.pos)
    }
}

/// A dict slot where the looked-up key is absent.
pub struct VacantEntry<'a, K, V> {
    dict: &'a mut Dict<K, V>,
    hash: i64,
}

impl<'a, K, V> VacantEntry<'a, K, V> {
    /// The hash the entry was looked up with.
    pub fn hash(&self) -> i64 {
        self.hash
    }

    /// Inserts the pair at the end of the insertion order and returns its
    /// entry position and the stored value.
    pub fn insert(self, key: K, value: V) -> (usize, &'a mut V) {
        let pos = self.dict.insert_unique(self.hash, key, value);
        (pos, &mut self.dict.entries[pos].item.as_mut().unwrap().1)
    }
}

// ===========================================================================
// Set
// ===========================================================================

/// The size of a set's smallest table (CPython's `PySet_MINSIZE`).
pub const SET_MINSIZE: usize = 8;
/// How many extra adjacent slots each probe inspects before jumping
/// (CPython's `LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;

/// One slot of a set's table. As in CPython, an empty slot has no key and
/// hash 0, a dummy (a deleted key) has no key and hash -1, and an active
/// slot has a key.
struct Slot<K> {
    hash: i64,
    key: Option<K>,
}

impl<K> Slot<K> {
    const EMPTY: Slot<K> = Slot { hash: 0, key: None };

    #[inline]
    fn is_empty(&self) -> bool {
        self.key.is_none() && self.hash == 0
    }
}

/// The outcome of probing for an insertion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum InsertPos {
    /// The key is present at this slot.
    Found(usize),
    /// The key is absent; it belongs at `slot`, which is a never-used slot
    /// when `fresh` and a reused dummy otherwise.
    Vacant { slot: usize, fresh: bool },
}

/// A hash set with caller-supplied hashing and fallible equality whose
/// table layout, and so its iteration order, matches CPython 3.11's set.
///
/// Matching CPython's output also depends on building sets the way CPython
/// does. In particular, CPython 3.11 compiles a set display of more than two
/// constants, such as `{5, 3, 17}`, to a frozenset constant merged into a
/// new set, and its constant merging rebuilds that frozenset once more from
/// the iteration order of the first one. When run from source the display
/// therefore equals `adds(order(adds(elements))).copy()`, where `adds` adds
/// keys one by one to a new set; `for x in {5, 3, 17}` iterates the
/// frozenset constant itself. Equal frozenset constants in one module share
/// the first one's layout, and a module loaded from a `.pyc` gets its
/// frozensets rebuilt with elements in `marshal.dumps` byte order.
pub struct Set<K> {
    /// The slots; a power-of-two count of at least [`SET_MINSIZE`]. An empty
    /// vector stands for a minimum-size table of empty slots, so that empty
    /// sets do not allocate.
    table: Vec<Slot<K>>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` resumes its search.
    finger: usize,
    /// Counts the resizes, clears and body swaps, which move keys: a probe
    /// that sees it change starts again (CPython compares the table
    /// pointer).
    version: u64,
}

/// A probe of a [`Set`] in progress; see [`Set::probe`].
#[derive(Clone, Debug)]
pub struct SetProbe {
    hash: i64,
    /// The first slot of the current run of linear probes.
    i: usize,
    /// The next slot to inspect and the last one of the run.
    j: usize,
    end: usize,
    perturb: u64,
    /// The last dummy slot seen, where a new key would go.
    freeslot: Option<usize>,
    version: u64,
}

/// What [`Set::probe_next`] found.
pub enum SetStep<'a, K> {
    /// The probe reached an empty slot: the key is absent, and belongs at
    /// `slot` (a never-used slot when `fresh`, else the last dummy seen);
    /// [`Set::insert_vacant`] stores it there.
    Vacant { slot: usize, fresh: bool },
    /// A stored key with the probe hash at `slot`, to compare.
    Candidate { slot: usize, key: &'a K },
}

impl<K> Default for Set<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: fmt::Debug> fmt::Debug for Set<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<K> Set<K> {
    /// Creates an empty set without allocating. Sets that CPython builds
    /// from a literal or a general iterable start like this and receive
    /// their keys through [`Set::add`] one at a time.
    pub fn new() -> Self {
        Set {
            table: Vec::new(),
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }

    /// Creates an empty set presized for `n` keys exactly as CPython
    /// presizes a set updated from a dict of `n` keys (see
    /// [`Set::presize`]). Use [`Set::new`] for anything else, or the layout
    /// will differ from CPython's.
    pub fn with_capacity(n: usize) -> Self {
        let mut s = Self::new();
        s.presize(n);
        s
    }

    /// The number of keys.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the set holds no keys.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The number of slots in the table (`mask + 1`).
    pub fn slot_count(&self) -> usize {
        if self.table.is_empty() {
            SET_MINSIZE
        } else {
            self.table.len()
        }
    }

    #[inline]
    fn mask(&self) -> usize {
        self.slot_count() - 1
    }

    /// Allocates the minimum-size table if the set has none yet.
    fn ensure_table(&mut self) {
        if self.table.is_empty() {
            self.table = empty_table(SET_MINSIZE);
        }
    }

    /// `set_lookkey`: finds the slot holding a key.
    fn lookup<E, F>(&self, hash: i64, eq: &mut F) -> Result<Option<usize>, E>
    where
        F: FnMut(&K) -> Result<bool, E>,
    {
        if self.used == 0 {
            return Ok(None);
        }
        match self.lookup_for_insert(hash, eq)? {
            InsertPos::Found(j) => Ok(Some(j)),
            InsertPos::Vacant { .. } => Ok(None),
        }
    }

    /// The probe half of `set_add_entry`: finds the key's slot, or where it
    /// would go. As in CPython, a new key reuses the last dummy seen on its
    /// probe path before the first empty slot.
    fn lookup_for_insert<E, F>(&self, hash: i64, eq: &mut F) -> Result<InsertPos, E>
    where
        F: FnMut(&K) -> Result<bool, E>,
    {
        let mut p = self.probe(hash);
        loop {
            match self.probe_next(&mut p) {
                SetStep::Vacant { slot, fresh } => return Ok(InsertPos::Vacant { slot, fresh }),
                SetStep::Candidate { slot, key } => {
                    if eq(key)? {
                        return Ok(InsertPos::Found(slot));
                    }
                }
            }
        }
    }

    /// Starts a probe for `hash` (CPython's `set_lookkey` and
    /// `set_add_entry` loops), for a caller whose key comparisons may run
    /// code that changes this set: it calls [`Set::probe_next`] until the
    /// key is found or absent, compares each candidate without holding a
    /// borrow of the set, and after each comparison asks
    /// [`Set::probe_unchanged`] whether to go on or start again.
    pub fn probe(&self, hash: i64) -> SetProbe {
        let mask = self.mask();
        let (i, perturb) = first_probe(hash, mask);
        SetProbe {
            hash,
            i,
            j: i,
            end: i + if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 },
            perturb,
            freeslot: None,
            version: self.version,
        }
    }

    /// Advances a probe to the next stored key with the probe's hash, or to
    /// the empty slot that ends it.
    pub fn probe_next(&self, p: &mut SetProbe) -> SetStep<'_, K> {
        debug_assert_eq!(p.version, self.version, "probing a resized set");
        if self.table.is_empty() {
            return SetStep::Vacant { slot: p.i, fresh: true };
        }
        let mask = self.table.len() - 1;
        loop {
            while p.j <= p.end {
                let j = p.j;
                p.j += 1;
                let slot = &self.table[j];
                match &slot.key {
                    None if slot.hash == 0 => {
                        // Leave the probe where it is, should it be asked again.
                        p.j = j;
                        return match p.freeslot {
                            Some(f) => SetStep::Vacant { slot: f, fresh: false },
                            None => SetStep::Vacant { slot: j, fresh: true },
                        };
                    }
                    None => p.freeslot = Some(j),
                    Some(k) => {
                        if slot.hash == p.hash {
                            return SetStep::Candidate { slot: j, key: k };
                        }
                    }
                }
            }
            p.i = next_probe(p.i, &mut p.perturb, mask);
            p.j = p.i;
            p.end = p.i + if p.i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
        }
    }

    /// After comparing the candidate at `slot`: whether the set was neither
    /// resized nor cleared and `slot` still holds a key for which `same`
    /// holds (the compared one). If not, the caller starts a new probe.
    pub fn probe_unchanged(&self, p: &SetProbe, slot: usize, same: impl FnOnce(&K) -> bool) -> bool {
        self.version == p.version
            && self
                .table
                .get(slot)
                .and_then(|s| s.key.as_ref())
                .map_or(false, same)
    }

    /// Stores a key where a probe that found it absent ended
    /// ([`SetStep::Vacant`]). A reused dummy seen before the comparisons may
    /// have been taken by code they ran: then nothing is stored, the key is
    /// handed back and the caller probes again.
    pub fn insert_vacant(&mut self, slot: usize, fresh: bool, hash: i64, key: K) -> Result<(), K> {
        if !fresh && self.table.get(slot).map_or(true, |s| s.key.is_some() || s.is_empty()) {
            return Err(key);
        }
        self.insert_at(slot, fresh, hash, key);
        Ok(())
    }

    /// Removes the key at `slot` (found by a probe; no code may have changed
    /// the set since), leaving a dummy, and returns it.
    pub fn take_at(&mut self, slot: usize) -> K {
        self.take_slot(slot)
    }

    /// Active plus dummy slots (CPython's `fill`).
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// The store half of `set_add_entry`, including its resize rule.
    fn insert_at(&mut self, slot: usize, fresh: bool, hash: i64, key: K) {
        self.ensure_table();
        let s = &mut self.table[slot];
        debug_assert!(s.key.is_none() && (s.is_empty() == fresh));
        *s = Slot {
            hash,
            key: Some(key),
        };
        self.used += 1;
        if fresh {
            self.fill += 1;
            let mask = self.mask();
            if self.fill * 5 >= mask * 3 {
                self.resize_for_growth();
            }
        }
    }

    /// Resizes after an insertion or a bulk discard, as CPython does: to
    /// four times the live count, or twice it for large sets.
    fn resize_for_growth(&mut self) {
        let used = self.used;
        self.resize(if used > 50000 { used * 2 } else { used * 4 });
    }

    /// `set_add_entry` with the key produced only when it is new.
    fn add_entry<E, F, M>(&mut self, hash: i64, eq: &mut F, make_key: M) -> Result<bool, E>
    where
        F: FnMut(&K) -> Result<bool, E>,
        M: FnOnce() -> K,
    {
        match self.lookup_for_insert(hash, eq)? {
            InsertPos::Found(_) => Ok(false),
            InsertPos::Vacant { slot, fresh } => {
                self.insert_at(slot, fresh, hash, make_key());
                Ok(true)
            }
        }
    }

    /// `set_table_resize`: rebuilds the table with the smallest power of two
    /// above `minused` slots (at least [`SET_MINSIZE`]), reinserting the
    /// active keys in old slot order and dropping the dummies.
    fn resize(&mut self, minused: usize) {
        let mut newsize = SET_MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == SET_MINSIZE && self.slot_count() == SET_MINSIZE && self.fill == self.used {
            // A minimum-size table without dummies is left alone.
            return;
        }
        self.version = self.version.wrapping_add(1);
        let old = std::mem::replace(&mut self.table, empty_table(newsize));
        let mask = newsize - 1;
        self.fill = self.used;
        for slot in old {
            if let Some(key) = slot.key {
                insert_clean(&mut self.table, mask, key, slot.hash);
            }
        }
    }

    /// Presizes the set for an update with `n` keys that are expected to be
    /// new, exactly as CPython's `set_update_internal` does before adding
    /// the keys of a dict (and `set_merge` before merging a set). After this
    /// the caller adds the keys with [`Set::add`].
    pub fn presize(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// Whether the set holds a key. `eq` compares a stored key with the
    /// probe key.
    pub fn contains<E, F>(&self, hash: i64, mut eq: F) -> Result<bool, E>
    where
        F: FnMut(&K) -> Result<bool, E>,
    {
        Ok(self.lookup(hash, &mut eq)?.is_some())
    }

    /// The stored key equal to the probe key, if any.
    pub fn get<E, F>(&self, hash: i64, mut eq: F) -> Result<Option<&K>, E>
    where
        F: FnMut(&K) -> Result<bool, E>,
    {
        Ok(self
            .lookup(hash, &mut eq)?
            .map(|i| self.table[i].key.as_ref().unwrap()))
    }

    /// Adds a key and returns whether it was new. If an equal key is already
    /// stored, that one is kept and `key` is dropped; on an equality error
    /// `key` is dropped as well.
    pub fn add<E, F>(&mut self, hash: i64, key: K, mut eq: F) -> Result<bool, E>
    where
        F: FnMut(&K) -> Result<bool, E>,
    {
        self.add_entry(hash, &mut eq, || key)
    }

    /// Adds a key built by `make_key` only if no equal key is stored, and
    /// returns whether it was new. This suits callers that must take a
    /// reference to the key only when it is actually stored.
    pub fn add_with<E, F, M>(&mut self, hash: i64, mut eq: F, make_key: M) -> Result<bool, E>
    where
        F: FnMut(&K) -> Result<bool, E>,
        M: FnOnce() -> K,
    {
        self.add_entry(hash, &mut eq, make_key)
    }

    /// Removes a key and returns the stored one, leaving a dummy slot
    /// (`set.discard`; `set.remove` raises when this returns `None`).
    pub fn discard<E, F>(&mut self, hash: i64, mut eq: F) -> Result<Option<K>, E>
    where
        F: FnMut(&K) -> Result<bool, E>,
    {
        Ok(self.lookup(hash, &mut eq)?.map(|i| self.take_slot(i)))
    }

    /// Alias of [`Set::discard`].
    pub fn remove<E, F>(&mut self, hash: i64, eq: F) -> Result<Option<K>, E>
    where
        F: FnMut(&K) -> Result<bool, E>,
    {
        self.discard(hash, eq)
    }

    /// Turns an active slot into a dummy and returns its key.
    fn take_slot(&mut self, i: usize) -> K {
        let slot = &mut self.table[i];
        let key = slot.key.take().unwrap();
        slot.hash = -1;
        self.used -= 1;
        key
    }

    /// Removes and returns a key the way `set.pop()` does: the first active
    /// slot at or after the search finger, wrapping around the table.
    pub fn pop(&mut self) -> Option<K> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while self.table[i].key.is_none() {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        self.finger = i + 1;
        Some(self.take_slot(i))
    }

    /// Empties the set (back to a minimum-size table) and returns its former
    /// keys in slot order, so that the caller can release them. The pop
    /// finger is kept, as in CPython.
    pub fn clear(&mut self) -> Vec<K> {
        let table = std::mem::take(&mut self.table);
        self.fill = 0;
        self.used = 0;
        self.version = self.version.wrapping_add(1);
        table.into_iter().filter_map(|s| s.key).collect()
    }

    /// If more than a quarter of the slots are dummies, rebuilds the table.
    /// CPython does this at the end of `difference_update`; a caller that
    /// implements `difference_update` with a general iterable discards each
    /// key and then calls this.
    pub fn shrink_after_discards(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize_for_growth();
        }
    }

    /// Exchanges the contents of two sets, like CPython's `set_swap_bodies`;
    /// the pop fingers stay with their sets. `a &= b` is computed as the
    /// intersection and then swapped into `a`.
    pub fn swap_bodies(&mut self, other: &mut Set<K>) {
        std::mem::swap(&mut self.table, &mut other.table);
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
        self.version = self.version.wrapping_add(1);
        other.version = other.version.wrapping_add(1);
    }

    /// Iterates over the keys in slot order, which is CPython's iteration
    /// order.
    pub fn iter(&self) -> impl Iterator<Item = &K> + '_ {
        self.table.iter().filter_map(|s| s.key.as_ref())
    }

    /// Iterates over the keys in slot order together with their hashes.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &K)> + '_ {
        self.table
            .iter()
            .filter_map(|s| s.key.as_ref().map(|k| (s.hash, k)))
    }

    /// The first active slot at `pos` or later, with its position, hash and
    /// key, as CPython's `set_next` and set iterators scan; the iterator
    /// resumes at the returned position plus one.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, i64, &K)> {
        self.table
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, s)| s.key.as_ref().map(|k| (i, s.hash, k)))
    }

    /// The hash of a frozenset with these keys, computed as CPython's
    /// `frozenset_hash` does. It depends only on the keys' hashes.
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle_bits(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        // CPython xors in every slot and then cancels the empty and dummy
        // slots out again, which leaves the xor of the active slots.
        let mut hash: u64 = 0;
        for (h, _) in self.iter_hashed() {
            hash ^= shuffle_bits(h as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        hash as i64
    }
}

/// Builds a table of `size` empty slots.
fn empty_table<K>(size: usize) -> Vec<Slot<K>> {
    let mut v = Vec::with_capacity(size);
    v.resize_with(size, || Slot::EMPTY);
    v
}

/// `set_insert_clean`: stores a key known to be absent into a table without
/// dummies, at the first empty slot of its probe sequence. The caller keeps
/// `fill` and `used` up to date.
fn insert_clean<K>(table: &mut [Slot<K>], mask: usize, key: K, hash: i64) {
    let (mut i, mut perturb) = first_probe(hash, mask);
    loop {
        if table[i].key.is_none() {
            table[i] = Slot {
                hash,
                key: Some(key),
            };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            if let Some(slot) = table[i + 1..=i + LINEAR_PROBES]
                .iter_mut()
                .find(|s| s.key.is_none())
            {
                *slot = Slot {
                    hash,
                    key: Some(key),
                };
                return;
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// Set algebra in the order CPython's algorithms visit and insert keys.
///
/// Keys are cloned into results; for a runtime's object handles cloning is
/// taking a new reference. Every equality callback here is called as
/// `eq(stored, probe)`, where `stored` belongs to the set being probed and
/// `probe` comes from the other operand, matching the operand order of
/// CPython's `PyObject_RichCompareBool(startkey, key, Py_EQ)`.
///
/// Operations where both operands are the same Python object (`a | a`,
/// `a & a`, `a - a`, `a ^ a`, `a.isdisjoint(a)`) are special-cased by
/// CPython before these algorithms run and must be special-cased by the
/// caller too: `a | a` and `a & a` are copies, `a - a` and `a ^ a` are
/// empty.
impl<K: Clone> Set<K> {
    /// `set.copy()` and `set(other_set)`: a new set merged from this one,
    /// which copies the layout when the sizes allow and otherwise reinserts
    /// the keys in slot order.
    pub fn copy(&self) -> Set<K> {
        let mut s = Set::new();
        s.update_from_set(
            self,
            |_: &K, _: &K| -> Result<bool, std::convert::Infallible> {
                unreachable!("merging into an empty set never compares")
            },
        )
        .unwrap_or_else(|e| match e {});
        s
    }

    /// `set_merge`: adds every key of `other` (`a |= b`, `a.update(b)`
    /// with a set argument).
    pub fn update_from_set<E, F>(&mut self, other: &Set<K>, mut eq: F) -> Result<(), E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        if other.used == 0 {
            return Ok(());
        }
        // Do one big resize at the start rather than growing step by step.
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 {
            self.ensure_table();
            let mask = self.mask();
            if mask == other.mask() && other.fill == other.used {
                // Same size and no dummies: copy the slots one for one.
                for (dst, src) in self.table.iter_mut().zip(other.table.iter()) {
                    if let Some(k) = &src.key {
                        *dst = Slot {
                            hash: src.hash,
                            key: Some(k.clone()),
                        };
                    }
                }
                self.fill = other.fill;
                self.used = other.used;
                return Ok(());
            }
            self.fill = other.used;
            self.used = other.used;
            for src in other.table.iter() {
                if let Some(k) = &src.key {
                    insert_clean(&mut self.table, mask, k.clone(), src.hash);
                }
            }
            return Ok(());
        }
        for src in other.table.iter() {
            if let Some(k) = &src.key {
                self.add_entry(src.hash, &mut |stored: &K| eq(stored, k), || k.clone())?;
            }
        }
        Ok(())
    }

    /// `a | b` and `a.union(b)` for a set `b`: a copy of `a` merged with `b`.
    pub fn union<E, F>(&self, other: &Set<K>, eq: F) -> Result<Set<K>, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        let mut result = self.copy();
        result.update_from_set(other, eq)?;
        Ok(result)
    }

    /// `a & b` and `a.intersection(b)` for a set `b`: walks the smaller set
    /// (`b` on a tie) in slot order and adds the keys the larger one holds.
    pub fn intersection<E, F>(&self, other: &Set<K>, mut eq: F) -> Result<Set<K>, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        let (big, small) = if other.used > self.used {
            (other, self)
        } else {
            (self, other)
        };
        let mut result = Set::new();
        for (hash, k) in small.iter_hashed() {
            if big.contains(hash, |stored: &K| eq(stored, k))? {
                result.add_entry(hash, &mut |stored: &K| eq(stored, k), || k.clone())?;
            }
        }
        Ok(result)
    }

    /// `a & b` for a general iterable `b`, given as `(hash, key)` pairs: the
    /// keys of `b` that `a` holds, in `b`'s order, stopping once the result
    /// is as large as `a`. The stored keys come from `b`, as in CPython.
    pub fn intersection_hashed<E, F, I>(&self, keys: I, mut eq: F) -> Result<Set<K>, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
        I: IntoIterator<Item = Result<(i64, K), E>>,
    {
        let mut result = Set::new();
        for item in keys {
            let (hash, k) = item?;
            if self.contains(hash, |stored: &K| eq(stored, &k))? {
                let probe = k.clone();
                result.add_entry(hash, &mut |stored: &K| eq(stored, &probe), || k)?;
                if result.used >= self.used {
                    break;
                }
            }
        }
        Ok(result)
    }

    /// `a - b` and `a.difference(b)` for a set `b`. When `a` is more than
    /// four times larger than `b` CPython copies `a` and discards `b`'s
    /// keys; otherwise it walks `a` and adds the keys `b` lacks.
    pub fn difference<E, F>(&self, other: &Set<K>, mut eq: F) -> Result<Set<K>, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        if (self.used >> 2) > other.used {
            let mut result = self.copy();
            result.difference_update(other, eq)?;
            return Ok(result);
        }
        let mut result = Set::new();
        for (hash, k) in self.iter_hashed() {
            if !other.contains(hash, |stored: &K| eq(stored, k))? {
                result.add_entry(hash, &mut |stored: &K| eq(stored, k), || k.clone())?;
            }
        }
        Ok(result)
    }

    /// `a -= b` and `a.difference_update(b)` for a set `b`: discards `b`'s
    /// keys (or, when `b` is more than eight times larger, the keys of
    /// `a & b`), then rebuilds the table if dummies exceed a quarter of it.
    pub fn difference_update<E, F>(&mut self, other: &Set<K>, mut eq: F) -> Result<(), E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        if (other.used >> 3) > self.used {
            let common = self.intersection(other, &mut eq)?;
            for (hash, k) in common.iter_hashed() {
                self.discard(hash, |stored: &K| eq(stored, k))?;
            }
        } else {
            for (hash, k) in other.iter_hashed() {
                self.discard(hash, |stored: &K| eq(stored, k))?;
            }
        }
        self.shrink_after_discards();
        Ok(())
    }

    /// `a ^= b` and `a.symmetric_difference_update(b)` for a set `b`: walks
    /// `b`, discarding each key `a` holds and adding each key it lacks.
    pub fn symmetric_difference_update<E, F>(&mut self, other: &Set<K>, mut eq: F) -> Result<(), E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        for (hash, k) in other.iter_hashed() {
            if self.discard(hash, |stored: &K| eq(stored, k))?.is_none() {
                self.add_entry(hash, &mut |stored: &K| eq(stored, k), || k.clone())?;
            }
        }
        Ok(())
    }

    /// `a ^ b` and `a.symmetric_difference(b)`: a copy of `b` updated with
    /// the symmetric difference against `a`, as CPython computes it.
    pub fn symmetric_difference<E, F>(&self, other: &Set<K>, eq: F) -> Result<Set<K>, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        let mut result = other.copy();
        result.symmetric_difference_update(self, eq)?;
        Ok(result)
    }
}

/// Comparisons between sets; these need no cloning.
impl<K> Set<K> {
    /// `a <= b` and `a.issubset(b)` for a set `b`.
    pub fn is_subset<E, F>(&self, other: &Set<K>, mut eq: F) -> Result<bool, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        if self.used > other.used {
            return Ok(false);
        }
        for (hash, k) in self.iter_hashed() {
            if !other.contains(hash, |stored: &K| eq(stored, k))? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a.isdisjoint(b)` for a set `b`: walks the smaller set (`b` on a tie)
    /// and probes the larger.
    pub fn is_disjoint<E, F>(&self, other: &Set<K>, mut eq: F) -> Result<bool, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        let (big, small) = if other.used > self.used {
            (other, self)
        } else {
            (self, other)
        };
        for (hash, k) in small.iter_hashed() {
            if big.contains(hash, |stored: &K| eq(stored, k))? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a == b` for sets: equal sizes and `a <= b`. (CPython also compares
    /// cached frozenset hashes first; that is the caller's business.)
    pub fn set_eq<E, F>(&self, other: &Set<K>, eq: F) -> Result<bool, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        if self.used != other.used {
            return Ok(false);
        }
        self.is_subset(other, eq)
    }
}

/// The consuming iterator of a [`Set`], in slot order.
pub struct SetIntoIter<K>(std::vec::IntoIter<Slot<K>>);

impl<K> Iterator for SetIntoIter<K> {
    type Item = K;

    fn next(&mut self) -> Option<K> {
        self.0.by_ref().find_map(|s| s.key)
    }
}

impl<K> IntoIterator for Set<K> {
    type Item = K;
    type IntoIter = SetIntoIter<K>;

    /// Consumes the set, yielding its keys in slot order.
    fn into_iter(self) -> SetIntoIter<K> {
        SetIntoIter(self.table.into_iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::convert::Infallible;

    /// CPython's hash of an int: the value modulo 2**61 - 1 with the sign
    /// kept, and -1 mapped to -2.
    fn py_hash(x: i128) -> i64 {
        const MODULUS: i128 = (1 << 61) - 1;
        let h = (x.abs() % MODULUS) * x.signum();
        if h == -1 {
            -2
        } else {
            h as i64
        }
    }

    fn key_eq(probe: i128) -> impl FnMut(&i128) -> Result<bool, Infallible> {
        move |k: &i128| Ok(*k == probe)
    }

    fn eq2(a: &i128, b: &i128) -> Result<bool, Infallible> {
        Ok(a == b)
    }

    fn set_of(keys: &[i128]) -> Set<i128> {
        let mut s = Set::new();
        for &k in keys {
            s.add(py_hash(k), k, key_eq(k)).unwrap();
        }
        s
    }

    /// A set display the way CPython 3.11 builds it when run from source. A
    /// display of more than two constants is folded into a frozenset
    /// constant, which the compiler's constant merging rebuilds from the
    /// iteration order of a first frozenset built from the elements in
    /// source order; `SET_UPDATE` then merges that constant into a new empty
    /// set. Each step can change the layout.
    fn literal(keys: &[i128]) -> Set<i128> {
        if keys.len() > 2 {
            let first = set_of(keys);
            let constant = set_of(&first.iter().copied().collect::<Vec<_>>());
            constant.copy()
        } else {
            set_of(keys)
        }
    }

    fn add(s: &mut Set<i128>, k: i128) -> bool {
        s.add(py_hash(k), k, key_eq(k)).unwrap()
    }

    fn discard(s: &mut Set<i128>, k: i128) -> bool {
        s.discard(py_hash(k), key_eq(k)).unwrap().is_some()
    }

    fn order(s: &Set<i128>) -> Vec<i128> {
        s.iter().copied().collect()
    }

    fn dict_insert(d: &mut Dict<i128, i128>, k: i128, v: i128) -> Option<i128> {
        d.insert(py_hash(k), k, v, key_eq(k)).unwrap()
    }

    fn dict_get(d: &Dict<i128, i128>, k: i128) -> Option<i128> {
        d.get(py_hash(k), key_eq(k)).unwrap().copied()
    }

    fn dict_remove(d: &mut Dict<i128, i128>, k: i128) -> Option<(i128, i128)> {
        d.remove(py_hash(k), key_eq(k)).unwrap()
    }

    fn dict_keys(d: &Dict<i128, i128>) -> Vec<i128> {
        d.keys().copied().collect()
    }

    // ---- Set order tests; every expectation was printed by CPython 3.11.7.

    #[test]
    fn literal_orders_match_cpython() {
        // print({5, 3, 17, 9, 33, 1})
        assert_eq!(order(&literal(&[5, 3, 17, 9, 33, 1])), [33, 1, 3, 17, 5, 9]);
        // s = set(); for x in (5, 3, 17, 9, 33, 1): s.add(x)
        assert_eq!(order(&set_of(&[5, 3, 17, 9, 33, 1])), [33, 1, 3, 5, 9, 17]);
        // print({100, 8, 1000, 16})
        assert_eq!(order(&literal(&[100, 8, 1000, 16])), [8, 1000, 100, 16]);
        // print({3, 1, 2}), print({17, 1})
        assert_eq!(order(&literal(&[3, 1, 2])), [1, 2, 3]);
        assert_eq!(order(&literal(&[17, 1])), [17, 1]);
        // print({-1, -2, -3, 0, 7, -8})
        // -1 and -2 share the hash -2, so they collide and are told apart by equality.
        assert_eq!(
            order(&literal(&[-1, -2, -3, 0, 7, -8])),
            [0, -2, 7, -8, -3, -1]
        );
        // big = 2**61 - 1; print({big + 5, 5, big, 0, 2**64}), which is not
        // constant and so is built by adding the elements in order.
        let big = (1i128 << 61) - 1;
        assert_eq!(
            order(&set_of(&[big + 5, 5, big, 0, 1 << 64])),
            [
                2305843009213693951,
                0,
                5,
                2305843009213693956,
                18446744073709551616
            ]
        );
    }

    #[test]
    fn reuses_last_dummy_on_probe_path() {
        // s = {0, 8, 6, 16}; s.discard(0); s.discard(6); s.add(24) -> {8, 24, 16}
        let mut s = set_of(&[0, 8, 6, 16]);
        assert_eq!(order(&s), [0, 8, 6, 16]);
        discard(&mut s, 0);
        discard(&mut s, 6);
        assert_eq!(order(&s), [8, 16]);
        add(&mut s, 24);
        assert_eq!(order(&s), [8, 24, 16]);
    }

    #[test]
    fn range_minus_some_and_pops() {
        // s = set(range(20)); for x in (3, 7, 11, 19, 0): s.discard(x)
        let mut s = set_of(&(0..20).collect::<Vec<_>>());
        for x in [3, 7, 11, 19, 0] {
            assert!(discard(&mut s, x));
        }
        assert_eq!(
            order(&s),
            [1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18]
        );
        // s.add(35); s.add(64); s.add(-5)
        add(&mut s, 35);
        add(&mut s, 64);
        add(&mut s, -5);
        assert_eq!(
            order(&s),
            [1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 35, 64, -5]
        );
        // [s.pop() for _ in range(4)]
        let popped: Vec<i128> = (0..4).map(|_| s.pop().unwrap()).collect();
        assert_eq!(popped, [1, 2, 4, 5]);
        // s.add(0); s.add(3); then pop twice: the finger is past the slot of 5.
        add(&mut s, 0);
        add(&mut s, 3);
        assert_eq!(
            order(&s),
            [6, 8, 9, 10, 0, 12, 13, 14, 15, 16, 17, 18, 3, 35, 64, -5]
        );
        assert_eq!(s.pop(), Some(6));
        assert_eq!(s.pop(), Some(8));
    }

    #[test]
    fn pop_wraps_around_and_clear_keeps_finger() {
        // s = {1, 2, 7}; three pops; s.add(6); s.add(3); s.pop(); s.clear(); s.add(1); s.add(5); two pops.
        let mut s = literal(&[1, 2, 7]);
        assert_eq!(s.pop(), Some(1));
        assert_eq!(s.pop(), Some(2));
        assert_eq!(s.pop(), Some(7));
        assert_eq!(s.pop(), None);
        add(&mut s, 6);
        add(&mut s, 3);
        assert_eq!(s.pop(), Some(3));
        s.clear();
        add(&mut s, 1);
        add(&mut s, 5);
        // The finger is 4 after popping slot 3, so 5 comes out before 1.
        assert_eq!(s.pop(), Some(5));
        assert_eq!(s.pop(), Some(1));
        assert!(s.is_empty());
    }

    #[test]
    fn set_algebra_orders_match_cpython() {
        let a = literal(&[1, 2, 3]);
        let b = literal(&[9, 17]);
        // {1,2,3} | {9, 17}
        assert_eq!(order(&a.union(&b, eq2).unwrap()), [1, 2, 3, 17, 9]);
        let a = literal(&[5, 3, 17, 9, 33, 1, 40, 8]);
        let b = literal(&[17, 8, 1, 100, 33]);
        // a = {5, 3, 17, 9, 33, 1, 40, 8}; b = {17, 8, 1, 100, 33}
        assert_eq!(order(&a), [33, 1, 3, 5, 40, 9, 8, 17]);
        assert_eq!(order(&b), [1, 33, 17, 100, 8]);
        assert_eq!(
            order(&a.union(&b, eq2).unwrap()),
            [33, 1, 3, 100, 5, 40, 9, 8, 17]
        );
        assert_eq!(
            order(&b.union(&a, eq2).unwrap()),
            [1, 33, 3, 100, 5, 8, 40, 9, 17]
        );
        assert_eq!(order(&a.intersection(&b, eq2).unwrap()), [8, 1, 17, 33]);
        assert_eq!(order(&b.intersection(&a, eq2).unwrap()), [8, 1, 17, 33]);
        assert_eq!(order(&a.difference(&b, eq2).unwrap()), [40, 9, 3, 5]);
        assert_eq!(order(&b.difference(&a, eq2).unwrap()), [100]);
        assert_eq!(
            order(&a.symmetric_difference(&b, eq2).unwrap()),
            [3, 100, 5, 9, 40]
        );
        assert_eq!(
            order(&b.symmetric_difference(&a, eq2).unwrap()),
            [3, 100, 5, 40, 9]
        );
        assert!(!a.is_subset(&b, eq2).unwrap());
        assert!(literal(&[1, 8]).is_subset(&b, eq2).unwrap());
        // set([17, 8, 1, 100, 33]) adds one by one and differs from the display.
        assert_eq!(order(&set_of(&[17, 8, 1, 100, 33])), [1, 33, 100, 8, 17]);
        assert!(!a.is_disjoint(&b, eq2).unwrap());
        assert!(set_of(&[2, 4]).is_disjoint(&b, eq2).unwrap());
        assert!(a.set_eq(&a.copy(), eq2).unwrap());
    }

    #[test]
    fn copy_of_set_with_dummies_reinserts() {
        // s = set(range(12)); s -= {0, 1, 2, 3}; print(s, set(s), s.copy() | {100})
        let mut s = set_of(&(0..12).collect::<Vec<_>>());
        s.difference_update(&literal(&[0, 1, 2, 3]), eq2).unwrap();
        assert_eq!(order(&s), [4, 5, 6, 7, 8, 9, 10, 11]);
        let c = s.copy();
        assert_eq!(order(&c), [4, 5, 6, 7, 8, 9, 10, 11]);
        let u = c.union(&set_of(&[100]), eq2).unwrap();
        assert_eq!(order(&u), [4, 5, 6, 7, 8, 9, 10, 11, 100]);
    }

    #[test]
    fn in_place_operators_match_cpython() {
        // a = {1, 2, 3, 4, 5, 6}; a &= {6, 4, 2, 64}; a |= {32, 16}; a ^= {1, 2, 96}; a -= {16}
        let mut a = literal(&[1, 2, 3, 4, 5, 6]);
        let mut tmp = a.intersection(&literal(&[6, 4, 2, 64]), eq2).unwrap();
        a.swap_bodies(&mut tmp);
        assert_eq!(order(&a), [2, 4, 6]);
        a.update_from_set(&literal(&[32, 16]), eq2).unwrap();
        assert_eq!(order(&a), [32, 16, 2, 4, 6]);
        a.symmetric_difference_update(&literal(&[1, 2, 96]), eq2)
            .unwrap();
        assert_eq!(order(&a), [32, 16, 96, 4, 1, 6]);
        a.difference_update(&literal(&[16]), eq2).unwrap();
        assert_eq!(order(&a), [32, 96, 4, 1, 6]);
    }

    #[test]
    fn large_set_order() {
        // s = set(range(0, 3000, 7)); discard range(0, 3000, 21); add -3, -1000, -77777.
        let mut s = set_of(&(0..3000).step_by(7).collect::<Vec<_>>());
        for x in (0..3000).step_by(21) {
            discard(&mut s, x);
        }
        for x in [-3, -1000, -77777] {
            add(&mut s, x);
        }
        let got = order(&s);
        assert_eq!(got.len(), 289);
        // print(list(s)[:8], list(s)[-4:])
        assert_eq!(got[..8], [2051, 7, 14, 2065, 2072, 28, 35, 2086]);
        assert_eq!(got[got.len() - 4..], [2023, 2030, 2044, -3]);
    }

    #[test]
    fn frozen_hash_matches_cpython() {
        // hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({-5, 10**20}))
        assert_eq!(set_of(&[1, 2, 3]).frozen_hash(), -272375401224217160);
        assert_eq!(Set::<i128>::new().frozen_hash(), 133146708735736);
        let mut s = set_of(&[1, 2, 3, 4]);
        discard(&mut s, 4);
        assert_eq!(s.frozen_hash(), -272375401224217160);
        assert_eq!(
            set_of(&[-5, 10i128.pow(20)]).frozen_hash(),
            FROZEN_NEG5_1E20
        );
    }

    /// `hash(frozenset({-5, 10**20}))` as printed by CPython 3.11.7.
    const FROZEN_NEG5_1E20: i64 = 2459393504969260603;

    #[test]
    fn errors_propagate_and_leave_set_intact() {
        let mut s = set_of(&[1, 9, 17]);
        let r: Result<bool, &str> = s.add(1, 25, |_| Err("boom"));
        assert_eq!(r, Err("boom"));
        assert_eq!(order(&s), [1, 9, 17]);
        let r: Result<Option<i128>, &str> = s.discard(9, |_| Err("boom"));
        assert_eq!(r, Err("boom"));
        assert_eq!(s.len(), 3);
        // A different hash never reaches the callback.
        let r: Result<bool, &str> = s.contains(2, |_| Err("boom"));
        assert_eq!(r, Ok(false));
    }

    #[test]
    fn add_with_builds_key_only_when_new() {
        let mut s: Set<i128> = Set::new();
        let mut built = 0;
        for k in [4, 4, 5, 4] {
            s.add_with(k as i64, key_eq(k), || {
                built += 1;
                k
            })
            .unwrap();
        }
        assert_eq!(built, 2);
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn next_entry_walks_slots() {
        let s = set_of(&[33, 1, 3]);
        let mut pos = 0;
        let mut seen = Vec::new();
        while let Some((i, h, k)) = s.next_entry(pos) {
            assert_eq!(h, *k as i64);
            seen.push(*k);
            pos = i + 1;
        }
        assert_eq!(seen, order(&s));
        assert_eq!(s.slot_count(), 8);
    }

    #[test]
    fn iterable_paths_match_cpython() {
        // a = set(range(0, 40, 3)); a.intersection([33, 9, 100, 0, 6, 0, 30])
        let a = set_of(&(0..40).step_by(3).collect::<Vec<_>>());
        let keys = [33, 9, 100, 0, 6, 0, 30];
        let r = a
            .intersection_hashed(keys.iter().map(|&k| Ok((py_hash(k), k))), eq2)
            .unwrap();
        assert_eq!(order(&r), [0, 33, 6, 9, 30]);
        // {1, 2}.intersection(range(100, -1, -1)) stops once it has two keys.
        let small = literal(&[1, 2]);
        let mut seen = 0;
        let r = small
            .intersection_hashed(
                (0..=100).rev().map(|k: i128| {
                    seen += 1;
                    Ok::<_, Infallible>((py_hash(k), k))
                }),
                eq2,
            )
            .unwrap();
        assert_eq!(order(&r), [1, 2]);
        assert_eq!(seen, 100);
        // set(dict.fromkeys(keys)) presizes; set(keys) adds one by one.
        let keys = [35, 193, 24, 158, 64, 136];
        let mut from_dict = Set::with_capacity(keys.len());
        for &k in &keys {
            from_dict.add(py_hash(k), k, key_eq(k)).unwrap();
        }
        assert_eq!(order(&from_dict), [64, 193, 35, 24, 136, 158]);
        assert_eq!(order(&set_of(&keys)), [64, 193, 35, 136, 24, 158]);
        // t = set(range(100)); t.difference_update(range(0, 100, 3)), then
        // range(0, 100, 2), then t.add(500).
        let mut t = set_of(&(0..100).collect::<Vec<_>>());
        for k in (0..100).step_by(3) {
            discard(&mut t, k);
        }
        t.shrink_after_discards();
        assert_eq!(t.len(), 66);
        assert_eq!(order(&t)[..6], [1, 2, 4, 5, 7, 8]);
        for k in (0..100).step_by(2) {
            discard(&mut t, k);
        }
        t.shrink_after_discards();
        let odd: Vec<i128> = (1..100).step_by(2).filter(|k| k % 3 != 0).collect();
        assert_eq!(order(&t), odd);
        add(&mut t, 500);
        assert_eq!(
            order(&t),
            odd.iter().copied().chain([500]).collect::<Vec<_>>()
        );
    }

    #[test]
    fn difference_strategies_match_cpython() {
        // big = set(range(0, 64, 2)); big - {4, 8, 70} copies and discards.
        let big = set_of(&(0..64).step_by(2).collect::<Vec<_>>());
        let r = big.difference(&literal(&[4, 8, 70]), eq2).unwrap();
        let expected: Vec<i128> = (0..64).step_by(2).filter(|&k| k != 4 && k != 8).collect();
        assert_eq!(order(&r), expected);
        // s = set(range(10)); s.add(1000); s - set(range(0, 400, 5)) walks s.
        let mut s = set_of(&(0..10).collect::<Vec<_>>());
        add(&mut s, 1000);
        let other = set_of(&(0..400).step_by(5).collect::<Vec<_>>());
        assert_eq!(
            order(&s.difference(&other, eq2).unwrap()),
            [1, 2, 3, 4, 6, 7, 8, 9, 1000]
        );
        // s -= set(range(0, 400, 5)) discards only the common keys.
        s.difference_update(&other, eq2).unwrap();
        assert_eq!(order(&s), [1, 2, 3, 4, 6, 7, 8, 9, 1000]);
    }

    // ---- Dict tests.

    #[test]
    fn dict_keeps_insertion_order() {
        let mut d = Dict::new();
        for k in [5, 3, 17, 9, 33, 1] {
            assert_eq!(dict_insert(&mut d, k, k * 10), None);
        }
        assert_eq!(dict_keys(&d), [5, 3, 17, 9, 33, 1]);
        assert_eq!(dict_insert(&mut d, 17, 0), Some(170));
        assert_eq!(dict_keys(&d), [5, 3, 17, 9, 33, 1]);
        assert_eq!(dict_remove(&mut d, 3), Some((3, 30)));
        assert_eq!(dict_remove(&mut d, 3), None);
        dict_insert(&mut d, 3, 1);
        assert_eq!(dict_keys(&d), [5, 17, 9, 33, 1, 3]);
        assert_eq!(dict_get(&d, 17), Some(0));
        assert_eq!(dict_get(&d, 4), None);
        assert_eq!(d.len(), 6);
        // The hole left by 3 is still there until a rebuild.
        assert_eq!(d.entries_capacity(), 7);
        assert_eq!(d.entry_at(1), None);
        assert_eq!(d.entry_at(2), Some((&17, &0)));
        assert_eq!(d.entry_at(3), Some((&9, &90)));
        assert_eq!(d.entry_at(7), None);
        assert_eq!(d.next_entry(1), Some((2, &17, &0)));
        assert_eq!(d.next_entry(7), None);
    }

    #[test]
    fn dict_replacing_keeps_the_old_key() {
        // Keys equal by value but distinguishable: (id, value) compared on value.
        let mut d: Dict<(u32, i64), &str> = Dict::new();
        d.insert(1, (0, 1), "a", |k: &(u32, i64)| {
            Ok::<_, Infallible>(k.1 == 1)
        })
        .unwrap();
        let old = d
            .insert(1, (7, 1), "b", |k: &(u32, i64)| {
                Ok::<_, Infallible>(k.1 == 1)
            })
            .unwrap();
        assert_eq!(old, Some("a"));
        assert_eq!(d.iter().collect::<Vec<_>>(), [(&(0, 1), &"b")]);
    }

    #[test]
    fn dict_grows_and_compacts() {
        let mut d = Dict::new();
        for k in 0..1000 {
            dict_insert(&mut d, k, k);
        }
        for k in (0..1000).filter(|k| k % 3 != 0) {
            assert_eq!(dict_remove(&mut d, k), Some((k, k)));
        }
        for k in 1000..1500 {
            dict_insert(&mut d, k, k);
        }
        let expected: Vec<i128> = (0..1000).filter(|k| k % 3 == 0).chain(1000..1500).collect();
        assert_eq!(dict_keys(&d), expected);
        for &k in &expected {
            assert_eq!(dict_get(&d, k), Some(k));
        }
        for k in (0..1000).filter(|k| k % 3 != 0) {
            assert_eq!(dict_get(&d, k), None);
        }
        assert_eq!(d.len(), expected.len());
        assert!(d.entries_capacity() < 1500);
    }

    #[test]
    fn dict_colliding_hashes() {
        // Distinct keys with one hash must all be found by equality.
        let mut d: Dict<i128, i128> = Dict::new();
        for k in 0..50 {
            d.insert(7, k, -k, key_eq(k)).unwrap();
        }
        for k in 0..50 {
            assert_eq!(d.get(7, key_eq(k)).unwrap(), Some(&-k));
        }
        for k in (0..50).step_by(2) {
            assert!(d.remove(7, key_eq(k)).unwrap().is_some());
        }
        for k in 0..50 {
            assert_eq!(d.get(7, key_eq(k)).unwrap().is_some(), k % 2 == 1);
        }
    }

    #[test]
    fn dict_pop_last_is_lifo_and_trims_holes() {
        let mut d = Dict::new();
        for k in 0..6 {
            dict_insert(&mut d, k, k);
        }
        dict_remove(&mut d, 5);
        dict_remove(&mut d, 4);
        assert_eq!(d.pop_last(), Some((3, 3)));
        assert_eq!(d.entries_capacity(), 3);
        dict_insert(&mut d, 10, 10);
        assert_eq!(dict_keys(&d), [0, 1, 2, 10]);
        assert_eq!(d.pop_last(), Some((10, 10)));
        assert_eq!(d.pop_last(), Some((2, 2)));
        assert_eq!(d.pop_last(), Some((1, 1)));
        assert_eq!(d.pop_last(), Some((0, 0)));
        assert_eq!(d.pop_last(), None);
        // Popping and reinserting many times must not exhaust the index table.
        for round in 0..100 {
            dict_insert(&mut d, round, round);
            dict_insert(&mut d, round + 1000, round);
            assert!(d.pop_last().is_some());
        }
        assert_eq!(d.len(), 100);
        assert_eq!(dict_keys(&d), (0..100).collect::<Vec<_>>());
    }

    #[test]
    fn dict_entry_api_and_clear() {
        let mut d: Dict<i128, i128> = Dict::with_capacity(3);
        match d.entry(1, key_eq(1)).unwrap() {
            Entry::Vacant(v) => {
                let (pos, val) = v.insert(1, 5);
                assert_eq!(pos, 0);
                *val += 1;
            }
            Entry::Occupied(_) => unreachable!(),
        }
        match d.entry(1, key_eq(1)).unwrap() {
            Entry::Occupied(mut o) => {
                assert_eq!(*o.get(), 6);
                assert_eq!(o.insert(7), 6);
                assert_eq!(o.key(), &1);
            }
            Entry::Vacant(_) => unreachable!(),
        }
        dict_insert(&mut d, 2, 2);
        if let Entry::Occupied(o) = d.entry(1, key_eq(1)).unwrap() {
            assert_eq!(o.remove(), (1, 7));
        }
        for v in d.values_mut() {
            *v *= 3;
        }
        assert_eq!(d.iter().collect::<Vec<_>>(), [(&2, &6)]);
        assert_eq!(d.remove_at(1), Some((2, 6)));
        dict_insert(&mut d, 3, 3);
        assert_eq!(d.clear(), [(3, 3)]);
        assert!(d.is_empty());
        assert_eq!(dict_get(&d, 3), None);
        dict_insert(&mut d, 4, 4);
        assert_eq!(d.into_iter().collect::<Vec<_>>(), [(4, 4)]);
    }

    #[test]
    fn dict_matches_reference_model() {
        // A deterministic random walk of inserts, removals and pops over keys
        // with few distinct hashes, checked against a plain vector.
        let mut state: u64 = 0x9E3779B97F4A7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut d: Dict<i128, u64> = Dict::new();
        let mut model: Vec<(i128, u64)> = Vec::new();
        for step in 0..20000u64 {
            let k = (next() % 300) as i128;
            let h = (k % 37) as i64;
            match next() % 10 {
                0..=4 => {
                    let old = d.insert(h, k, step, key_eq(k)).unwrap();
                    match model.iter_mut().find(|(mk, _)| *mk == k) {
                        Some(e) => assert_eq!(old, Some(std::mem::replace(&mut e.1, step))),
                        None => {
                            assert_eq!(old, None);
                            model.push((k, step));
                        }
                    }
                }
                5..=7 => {
                    let got = d.remove(h, key_eq(k)).unwrap();
                    let want = model
                        .iter()
                        .position(|(mk, _)| *mk == k)
                        .map(|i| model.remove(i));
                    assert_eq!(got, want);
                }
                8 => assert_eq!(d.pop_last(), model.pop()),
                _ => assert_eq!(
                    d.get(h, key_eq(k)).unwrap().copied(),
                    model.iter().find(|(mk, _)| *mk == k).map(|e| e.1)
                ),
            }
            assert_eq!(d.len(), model.len());
        }
        assert_eq!(d.iter().map(|(k, v)| (*k, *v)).collect::<Vec<_>>(), model);
    }

    #[test]
    fn set_probe_detects_changes_made_while_comparing() {
        // Keys 1, 9, 17 all given hash 1: slots 1, 6, 7.
        let same_hash = |keys: &[i128]| {
            let mut s: Set<i128> = Set::new();
            for &k in keys {
                s.add(1, k, key_eq(k)).unwrap();
            }
            s
        };
        let mut s = same_hash(&[1, 9, 17]);
        let mut p = s.probe(1);
        let first = match s.probe_next(&mut p) {
            SetStep::Candidate { slot, key } => (slot, *key),
            SetStep::Vacant { .. } => unreachable!(),
        };
        assert_eq!(first, (1, 1));
        // Nothing changed: the probe goes on to the next candidate.
        assert!(s.probe_unchanged(&p, 1, |k| *k == 1));
        // (No linear probes in a table of 8: the next slot is (1 * 5 + 1) & 7.)
        assert!(matches!(s.probe_next(&mut p), SetStep::Candidate { slot: 6, key: &9 }));
        // The compared key removed: start again.
        s.discard(1, key_eq(9)).unwrap();
        assert!(!s.probe_unchanged(&p, 6, |k| *k == 9));
        // A clear: start again, even with the same key back in place.
        let p = s.probe(1);
        s.clear();
        s.add(1, 1, key_eq(1)).unwrap();
        assert!(!s.probe_unchanged(&p, 1, |k| *k == 1));
        // A reused dummy taken meanwhile hands the key back.
        let mut s = same_hash(&[1, 9, 17]);
        s.discard(1, key_eq(9)).unwrap();
        let mut p = s.probe(1);
        loop {
            match s.probe_next(&mut p) {
                SetStep::Candidate { .. } => continue,
                SetStep::Vacant { slot, fresh } => {
                    assert_eq!((slot, fresh), (6, false));
                    s.add(1, 9, key_eq(9)).unwrap();
                    assert_eq!(s.insert_vacant(slot, fresh, 1, 25), Err(25));
                    break;
                }
            }
        }
        assert_eq!(order(&s), [1, 9, 17]);
    }

    #[test]
    fn dict_probe_detects_changes_made_while_comparing() {
        let mut d: Dict<i128, i128> = Dict::new();
        for k in [1, 9, 17] {
            d.insert(1, k, k, key_eq(k)).unwrap();
        }
        let mut p = d.probe(1);
        let mut seen = Vec::new();
        while let DictStep::Candidate { pos, key } = d.probe_next(&mut p) {
            seen.push((pos, *key));
            assert!(d.probe_unchanged(&p, pos, |k| k == key));
        }
        assert_eq!(seen, [(0, 1), (1, 9), (2, 17)]);
        let p = d.probe(1);
        d.remove(1, key_eq(9)).unwrap();
        assert!(!d.probe_unchanged(&p, 1, |k| *k == 9));
        assert!(d.probe_unchanged(&p, 2, |k| *k == 17));
        d.clear();
        d.insert(1, 17, 17, key_eq(17)).unwrap();
        assert!(!d.probe_unchanged(&p, 0, |k| *k == 17));
        let empty: Dict<i128, i128> = Dict::new();
        assert!(matches!(empty.probe_next(&mut empty.probe(5)), DictStep::Absent));
    }

    #[test]
    fn dict_errors_propagate() {
        let mut d = Dict::new();
        dict_insert(&mut d, 1, 1);
        let r: Result<Option<i128>, &str> = d.insert(1, 2, 2, |_| Err("boom"));
        assert_eq!(r, Err("boom"));
        assert_eq!(d.len(), 1);
        let r: Result<Option<&i128>, &str> = d.get(1, |_| Err("boom"));
        assert_eq!(r, Err("boom"));
        let r: Result<Option<(i128, i128)>, &str> = d.remove(1, |_| Err("boom"));
        assert_eq!(r, Err("boom"));
        assert_eq!(dict_keys(&d), [1]);
    }
}

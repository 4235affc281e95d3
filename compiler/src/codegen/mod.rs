//! Code generation: typed bytecode to LLVM IR (through inkwell), optimisation, and
//! object files.
//!
//! Module-level pieces live here: runtime declarations (from the shared entry table),
//! constant and builtin slots filled in once by `krait_main`, global variable slots,
//! and the static `FuncInfo`/`ModuleInfo` records the runtime reads for tracebacks and
//! argument binding. Function bodies are in `func.rs`.

mod func;
pub mod table;

use crate::ir::{self, Const, FuncId, Module};
use inkwell::context::Context;
use inkwell::module::{Linkage, Module as LModule};
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine};
use inkwell::types::{BasicMetadataTypeEnum, BasicTypeEnum, IntType, PointerType};
use inkwell::values::{FunctionValue, GlobalValue, PointerValue};
use inkwell::AddressSpace;
use inkwell::OptimizationLevel;
use inkwell::types::BasicType;
use krait_abi::{Entry, Rt, Ty};
use std::collections::HashMap;
use std::path::Path;

/// Shared state while emitting one module.
pub struct Gen<'ctx> {
    pub ctx: &'ctx Context,
    pub llmod: LModule<'ctx>,
    pub i64t: IntType<'ctx>,
    pub i32t: IntType<'ctx>,
    pub i1t: IntType<'ctx>,
    pub ptrt: PointerType<'ctx>,
    rt: HashMap<&'static str, FunctionValue<'ctx>>,
    /// One slot per constant (small ints need none).
    pub const_slots: Vec<Option<GlobalValue<'ctx>>>,
    pub builtin_slots: HashMap<String, GlobalValue<'ctx>>,
    pub global_slots: Vec<GlobalValue<'ctx>>,
    pub func_infos: Vec<GlobalValue<'ctx>>,
    pub impls: Vec<FunctionValue<'ctx>>,
    pub entries: Vec<FunctionValue<'ctx>>,
    cstrings: HashMap<String, GlobalValue<'ctx>>,
    /// Attribute and method names, as str objects made at start-up.
    pub name_slots: HashMap<String, GlobalValue<'ctx>>,
    /// Keyword-name tuples of calls, made at start-up.
    pub kw_slots: HashMap<Vec<String>, GlobalValue<'ctx>>,
    /// The slot holding this module's dict (set by its initialisation).
    pub dict_slot: GlobalValue<'ctx>,
    /// The `ModuleDef` records of the modules this one imports, by name.
    module_defs: HashMap<String, GlobalValue<'ctx>>,
    /// How each imported module is found.
    imports: std::collections::BTreeMap<String, ir::ModuleRef>,
    /// The imported modules linked in for sure (see `ir::Module::eager_imports`).
    eager: std::collections::BTreeSet<String>,
    prefix: String,
}

fn llvm_ty<'ctx>(ctx: &'ctx Context, t: Ty) -> Option<BasicTypeEnum<'ctx>> {
    match t {
        Ty::V | Ty::I64 => Some(ctx.i64_type().into()),
        Ty::I32 => Some(ctx.i32_type().into()),
        Ty::F64 => Some(ctx.f64_type().into()),
        Ty::P | Ty::PV | Ty::PVM => Some(ctx.ptr_type(AddressSpace::default()).into()),
        Ty::Void => None,
    }
}

impl<'ctx> Gen<'ctx> {
    /// The declaration of a runtime entry point.
    pub fn rt(&mut self, e: Rt) -> FunctionValue<'ctx> {
        let entry: &'static Entry = e.entry();
        if let Some(f) = self.rt.get(entry.name) {
            return *f;
        }
        let params: Vec<BasicMetadataTypeEnum> = entry.params.iter().map(|p| llvm_ty(self.ctx, *p).unwrap().into()).collect();
        let fty = match llvm_ty(self.ctx, entry.ret) {
            Some(r) => r.fn_type(&params, false),
            None => self.ctx.void_type().fn_type(&params, false),
        };
        let f = self.llmod.add_function(entry.name, fty, Some(Linkage::External));
        self.rt.insert(entry.name, f);
        f
    }

    /// An external data symbol of the runtime (None, True, depth...).
    pub fn rt_global(&self, name: &str) -> GlobalValue<'ctx> {
        if let Some(g) = self.llmod.get_global(name) {
            return g;
        }
        let g = self.llmod.add_global(self.i64t, None, name);
        g.set_linkage(Linkage::External);
        g
    }

    /// The constructor of a native standard-library module (`krait_module_<name>`,
    /// defined in the stdlib crate): referencing it is what links the module in.
    pub fn native_module_ctor(&self, name: &str) -> PointerValue<'ctx> {
        let sym = format!("{}{}", krait_abi::NATIVE_MODULE_PREFIX, name);
        let f = match self.llmod.get_function(&sym) {
            Some(f) => f,
            None => self.llmod.add_function(&sym, self.i64t.fn_type(&[], false), Some(Linkage::External)),
        };
        f.as_global_value().as_pointer_value()
    }

    /// A NUL-terminated string constant.
    pub fn cstring(&mut self, s: &str) -> PointerValue<'ctx> {
        if let Some(g) = self.cstrings.get(s) {
            return g.as_pointer_value();
        }
        let bytes = self.ctx.const_string(s.as_bytes(), true);
        let g = self.llmod.add_global(bytes.get_type(), None, &format!("{}.s{}", self.prefix, self.cstrings.len()));
        g.set_initializer(&bytes);
        g.set_constant(true);
        g.set_linkage(Linkage::Private);
        self.cstrings.insert(s.to_string(), g);
        g.as_pointer_value()
    }

    /// The static `ModuleDef` describing a compiled module to the runtime: name, init
    /// function (`krait_init.<name>`, defined in that module's object file), file and
    /// package flag.
    pub fn module_def(&mut self, name: &str) -> PointerValue<'ctx> {
        if let Some(g) = self.module_defs.get(name) {
            return g.as_pointer_value();
        }
        let (file, package) = match self.imports.get(name) {
            Some(ir::ModuleRef::Compiled { file, package }) => (file.clone(), *package),
            _ => (String::new(), false),
        };
        let sym = format!("{}{}", krait_abi::MODULE_INIT_PREFIX, name);
        // A deferred import refers to the module weakly: null unless linked in.
        let linkage = if self.eager.contains(name) { Linkage::External } else { Linkage::ExternalWeak };
        let init = match self.llmod.get_function(&sym) {
            Some(f) => f,
            None => self.llmod.add_function(&sym, self.i64t.fn_type(&[self.i64t.into()], false), Some(linkage)),
        };
        let g = self.def_record(name, init, &file, package);
        self.module_defs.insert(name.to_string(), g);
        g.as_pointer_value()
    }

    /// A `ModuleDef` record (`krait_abi::MODULE_DEF_FIELDS` words).
    fn def_record(&mut self, name: &str, init: FunctionValue<'ctx>, file: &str, package: bool) -> GlobalValue<'ctx> {
        let n = self.module_defs.len();
        let name_p = const_bytes(self, name.as_bytes(), &format!("{}.modname{}", self.prefix, n));
        let file_p = const_bytes(self, file.as_bytes(), &format!("{}.modfile{}", self.prefix, n));
        let (p, i) = (self.ptrt, self.i64t);
        let st = self.ctx.struct_type(&[p.into(), i.into(), p.into(), p.into(), i.into(), i.into()], false);
        debug_assert_eq!(st.count_fields() as usize, krait_abi::MODULE_DEF_FIELDS);
        let v = st.const_named_struct(&[
            name_p.into(),
            i.const_int(name.len() as u64, false).into(),
            init.as_global_value().as_pointer_value().into(),
            file_p.into(),
            i.const_int(file.len() as u64, false).into(),
            i.const_int(package as u64, false).into(),
        ]);
        let g = self.llmod.add_global(st, None, &format!("{}.def{}", self.prefix, n));
        g.set_initializer(&v);
        g.set_constant(true);
        g.set_linkage(Linkage::Private);
        g
    }

    fn slot(&self, name: &str) -> GlobalValue<'ctx> {
        let g = self.llmod.add_global(self.i64t, None, name);
        g.set_initializer(&self.i64t.const_zero());
        g.set_linkage(Linkage::Internal);
        g
    }
}

/// Functions with more typed-bytecode blocks than this are not optimised by LLVM.
pub const BIG_FUNCTION_BLOCKS: usize = 150;

/// Options that affect code generation.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// 0 to 3, as `-O`.
    pub opt_level: u8,
}

fn target_machine(opt: u8) -> Result<TargetMachine, String> {
    Target::initialize_native(&InitializationConfig::default()).map_err(|e| e.to_string())?;
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).map_err(|e| e.to_string())?;
    let level = match opt {
        0 => OptimizationLevel::None,
        1 => OptimizationLevel::Less,
        2 => OptimizationLevel::Default,
        _ => OptimizationLevel::Aggressive,
    };
    target
        .create_target_machine(&triple, "x86-64", "", level, RelocMode::PIC, CodeModel::Default)
        .or_else(|| target.create_target_machine(&triple, "generic", "", level, RelocMode::PIC, CodeModel::Default))
        .ok_or_else(|| "could not create an LLVM target machine".to_string())
}

/// Emits the LLVM module for `m`, optimised at `opts.opt_level`.
pub fn emit<'ctx>(ctx: &'ctx Context, m: &Module, opts: Options) -> Result<LModule<'ctx>, String> {
    let llmod = ctx.create_module(&m.name);
    let tm = target_machine(opts.opt_level)?;
    llmod.set_triple(&tm.get_triple());
    llmod.set_data_layout(&tm.get_target_data().get_data_layout());
    let prefix = format!("kr.{}", m.name);
    let dict_slot = llmod.add_global(ctx.i64_type(), None, &format!("{}.dict", prefix));
    dict_slot.set_initializer(&ctx.i64_type().const_zero());
    dict_slot.set_linkage(Linkage::Internal);
    let mut g = Gen {
        ctx,
        llmod,
        i64t: ctx.i64_type(),
        i32t: ctx.i32_type(),
        i1t: ctx.bool_type(),
        ptrt: ctx.ptr_type(AddressSpace::default()),
        rt: HashMap::new(),
        const_slots: vec![],
        builtin_slots: HashMap::new(),
        global_slots: vec![],
        func_infos: vec![],
        impls: vec![],
        entries: vec![],
        cstrings: HashMap::new(),
        name_slots: HashMap::new(),
        kw_slots: HashMap::new(),
        dict_slot,
        module_defs: HashMap::new(),
        imports: m.imports.clone(),
        eager: m.eager_imports.clone(),
        prefix: prefix.clone(),
    };
    // Slots for constants that need an object.
    for (i, c) in m.consts.iter().enumerate() {
        let needs = match c {
            Const::Int(v) => func::small_int(v).is_none(),
            Const::None | Const::Bool(_) => false,
            _ => true,
        };
        let s = if needs { Some(g.slot(&format!("{}.c{}", prefix, i))) } else { None };
        g.const_slots.push(s);
    }
    for (i, name) in m.globals.iter().enumerate() {
        let s = g.slot(&format!("{}.g{}.{}", prefix, i, name));
        g.global_slots.push(s);
    }
    let module_info = module_info(&mut g, m);
    // Declare every function first so calls and make_function can refer to any.
    for (i, f) in m.functions.iter().enumerate() {
        // The body takes the function object (for its closure) and then its parameters.
        let params: Vec<BasicMetadataTypeEnum> = std::iter::once(g.i64t.into()).chain(f.params.iter().map(|_| g.i64t.into())).collect();
        let imp = g.llmod.add_function(&format!("{}.{}.{}", prefix, f.name, i), g.i64t.fn_type(&params, false), Some(Linkage::Internal));
        // LLVM's optimisation time grows much faster than linearly with the size of a
        // function (every error edge meets every local at the exit); very large
        // functions, usually module bodies that run once, are compiled unoptimised.
        if f.blocks.len() > BIG_FUNCTION_BLOCKS {
            for attr in ["optnone", "noinline"] {
                let kind = inkwell::attributes::Attribute::get_named_enum_kind_id(attr);
                imp.add_attribute(inkwell::attributes::AttributeLoc::Function, g.ctx.create_enum_attribute(kind, 0));
            }
        }
        g.impls.push(imp);
        let ety = g.i64t.fn_type(&[g.i64t.into(), g.ptrt.into(), g.i64t.into(), g.i64t.into()], false);
        let ent = g.llmod.add_function(&format!("{}.{}.{}.entry", prefix, f.name, i), ety, Some(Linkage::Internal));
        g.entries.push(ent);
        let info = func_info(&mut g, f, module_info, i);
        g.func_infos.push(info);
    }
    for (i, f) in m.functions.iter().enumerate() {
        func::emit_function(&mut g, m, FuncId(i as u32), f)?;
        func::emit_entry(&mut g, f, i)?;
    }
    emit_init(&mut g, m)?;
    g.llmod.verify().map_err(|e| format!("LLVM verification failed: {}", e.to_string()))?;
    let passes = format!("default<O{}>", opts.opt_level.min(3));
    g.llmod.run_passes(&passes, &tm, PassBuilderOptions::create()).map_err(|e| e.to_string())?;
    Ok(g.llmod)
}

/// Writes an object file for an emitted module.
pub fn write_object(llmod: &LModule, opts: Options, path: &Path) -> Result<(), String> {
    let tm = target_machine(opts.opt_level)?;
    tm.write_to_file(llmod, FileType::Object, path).map_err(|e| e.to_string())
}

fn const_bytes<'ctx>(g: &mut Gen<'ctx>, bytes: &[u8], name: &str) -> PointerValue<'ctx> {
    let arr = g.ctx.const_string(bytes, false);
    let gl = g.llmod.add_global(arr.get_type(), None, name);
    gl.set_initializer(&arr);
    gl.set_constant(true);
    gl.set_linkage(Linkage::Private);
    gl.as_pointer_value()
}

/// The static `ModuleInfo { file, file_len, source, source_len, name, name_len, dict }`.
fn module_info<'ctx>(g: &mut Gen<'ctx>, m: &Module) -> GlobalValue<'ctx> {
    let file = const_bytes(g, m.file.as_bytes(), &format!("{}.file", g.prefix));
    let src = const_bytes(g, m.source.as_bytes(), &format!("{}.source", g.prefix));
    let name = const_bytes(g, m.name.as_bytes(), &format!("{}.mname", g.prefix));
    let st = g.ctx.struct_type(&[g.ptrt.into(), g.i64t.into(), g.ptrt.into(), g.i64t.into(), g.ptrt.into(), g.i64t.into(), g.ptrt.into()], false);
    let v = st.const_named_struct(&[
        file.into(),
        g.i64t.const_int(m.file.len() as u64, false).into(),
        src.into(),
        g.i64t.const_int(m.source.len() as u64, false).into(),
        name.into(),
        g.i64t.const_int(m.name.len() as u64, false).into(),
        g.dict_slot.as_pointer_value().into(),
    ]);
    let gl = g.llmod.add_global(st, None, &format!("{}.info", g.prefix));
    gl.set_initializer(&v);
    gl.set_constant(true);
    gl.set_linkage(Linkage::Private);
    gl
}

/// The static `FuncInfo { name, name_len, module, nparams, params, npositional }`.
fn func_info<'ctx>(g: &mut Gen<'ctx>, f: &ir::Function, module: GlobalValue<'ctx>, i: usize) -> GlobalValue<'ctx> {
    let name = const_bytes(g, f.name.as_bytes(), &format!("{}.fname{}", g.prefix, i));
    let pst = g.ctx.struct_type(&[g.ptrt.into(), g.i64t.into()], false);
    let mut params = vec![];
    for (k, p) in f.params.iter().enumerate() {
        let pname = &f.local(*p).name;
        let ptr = const_bytes(g, pname.as_bytes(), &format!("{}.p{}.{}", g.prefix, i, k));
        params.push(pst.const_named_struct(&[ptr.into(), g.i64t.const_int(pname.len() as u64, false).into()]));
    }
    let arr = pst.const_array(&params);
    let pg = g.llmod.add_global(arr.get_type(), None, &format!("{}.params{}", g.prefix, i));
    pg.set_initializer(&arr);
    pg.set_constant(true);
    pg.set_linkage(Linkage::Private);
    let qual = const_bytes(g, f.qualname.as_bytes(), &format!("{}.fqual{}", g.prefix, i));
    let st = g.ctx.struct_type(&[g.ptrt.into(), g.i64t.into(), g.ptrt.into(), g.i64t.into(), g.ptrt.into(), g.i64t.into(), g.ptrt.into(), g.i64t.into(), g.i64t.into(), g.i64t.into(), g.i64t.into(), g.i64t.into(), g.ptrt.into(), g.i64t.into()], false);
    let (doc, doc_len) = match &f.doc {
        Some(d) => (const_bytes(g, d.as_bytes(), &format!("{}.fdoc{}", g.prefix, i)), d.len()),
        None => (g.ptrt.const_null(), usize::MAX),
    };
    let mut flags = 0;
    if f.sig.varargs {
        flags |= krait_abi::FuncInfo::VARARGS;
    }
    if f.sig.varkw {
        flags |= krait_abi::FuncInfo::VARKW;
    }
    if f.generator {
        flags |= match f.flavor {
            ir::Flavor::Generator => krait_abi::FuncInfo::GENERATOR,
            ir::Flavor::Coroutine => krait_abi::FuncInfo::COROUTINE,
            ir::Flavor::AsyncGenerator => krait_abi::FuncInfo::ASYNC_GENERATOR,
        };
    }
    let c = |n: usize| g.i64t.const_int(n as u64, false);
    let v = st.const_named_struct(&[
        name.into(),
        c(f.name.len()).into(),
        module.as_pointer_value().into(),
        c(f.params.len()).into(),
        pg.as_pointer_value().into(),
        c(f.sig.positional).into(),
        qual.into(),
        c(f.qualname.len()).into(),
        c(f.sig.posonly).into(),
        c(f.sig.kwonly).into(),
        c(flags).into(),
        c(f.line as usize).into(),
        doc.into(),
        c(doc_len).into(),
    ]);
    let gl = g.llmod.add_global(st, None, &format!("{}.finfo{}", g.prefix, i));
    gl.set_initializer(&v);
    gl.set_constant(true);
    gl.set_linkage(Linkage::Private);
    gl
}

fn e<T>(r: Result<T, inkwell::builder::BuilderError>) -> Result<T, String> {
    r.map_err(|x| x.to_string())
}

/// `i64 krait_main(void)`: creates the constants and builtins, then runs the module body.
/// The module's initialisation, `krait_init.<name>(dict)`: makes the constants,
/// attribute names, keyword tuples and builtins the code uses, attaches the global
/// slots to the module dict, and runs the body. For `__main__` also `krait_main`,
/// which has the runtime make the module and call it.
fn emit_init(g: &mut Gen, m: &Module) -> Result<(), String> {
    let sym = format!("{}{}", krait_abi::MODULE_INIT_PREFIX, m.name);
    // A package importing its own submodules has declared its init function already.
    let f = match g.llmod.get_function(&sym) {
        Some(f) => {
            f.set_linkage(Linkage::External);
            f
        }
        None => g.llmod.add_function(&sym, g.i64t.fn_type(&[g.i64t.into()], false), Some(Linkage::External)),
    };
    if m.name == "__main__" {
        let def = g.def_record(&m.name, f, &m.file, false);
        let main = g.llmod.add_function(krait_abi::MAIN_SYMBOL, g.i64t.fn_type(&[], false), Some(Linkage::External));
        let b = g.ctx.create_builder();
        b.position_at_end(g.ctx.append_basic_block(main, "entry"));
        let rt = g.rt(Rt::rt_run_main);
        let r = e(b.build_call(rt, &[def.as_pointer_value().into()], ""))?.try_as_basic_value().unwrap_basic().into_int_value();
        let r = e(b.build_int_s_extend(r, g.i64t, ""))?;
        e(b.build_return(Some(&r)))?;
    }
    let b = g.ctx.create_builder();
    let entry = g.ctx.append_basic_block(f, "entry");
    let fail = g.ctx.append_basic_block(f, "fail");
    b.position_at_end(entry);
    for (i, c) in m.consts.iter().enumerate() {
        let Some(slot) = g.const_slots[i] else { continue };
        let v = match c {
            Const::Str(s) => {
                let p = const_bytes(g, s.as_bytes(), &format!("{}.cs{}", g.prefix, i));
                let rt = g.rt(Rt::rt_const_str);
                e(b.build_call(rt, &[p.into(), g.i64t.const_int(s.len() as u64, false).into()], ""))?
            }
            Const::Bytes(bs) => {
                let p = const_bytes(g, bs, &format!("{}.cb{}", g.prefix, i));
                let rt = g.rt(Rt::rt_const_bytes);
                e(b.build_call(rt, &[p.into(), g.i64t.const_int(bs.len() as u64, false).into()], ""))?
            }
            Const::Int(v) => {
                let text = v.to_string();
                let p = const_bytes(g, text.as_bytes(), &format!("{}.ci{}", g.prefix, i));
                let rt = g.rt(Rt::rt_const_int);
                e(b.build_call(rt, &[p.into(), g.i64t.const_int(text.len() as u64, false).into()], ""))?
            }
            Const::Float(x) => {
                let rt = g.rt(Rt::rt_const_float);
                e(b.build_call(rt, &[g.ctx.f64_type().const_float(*x).into()], ""))?
            }
            Const::Complex(re, im) => {
                let rt = g.rt(Rt::rt_const_complex);
                let f = g.ctx.f64_type();
                e(b.build_call(rt, &[f.const_float(*re).into(), f.const_float(*im).into()], ""))?
            }
            Const::Tuple(items) => {
                // Tuple items are earlier constants, already created.
                let arr = e(b.build_array_alloca(g.i64t, g.i64t.const_int(items.len().max(1) as u64, false), ""))?;
                for (k, it) in items.iter().enumerate() {
                    let v = func::const_value(g, &b, m, *it)?;
                    let p = unsafe { e(b.build_gep(g.i64t, arr, &[g.i64t.const_int(k as u64, false)], ""))? };
                    e(b.build_store(p, v))?;
                }
                let rt = g.rt(Rt::rt_build_tuple);
                e(b.build_call(rt, &[arr.into(), g.i64t.const_int(items.len() as u64, false).into()], ""))?
            }
            Const::None | Const::Bool(_) => continue,
        };
        let v = v.try_as_basic_value().unwrap_basic().into_int_value();
        e(b.build_store(slot.as_pointer_value(), v))?;
        let is_null = e(b.build_int_compare(inkwell::IntPredicate::EQ, v, g.i64t.const_zero(), ""))?;
        let next = g.ctx.append_basic_block(f, "");
        e(b.build_conditional_branch(is_null, fail, next))?;
        b.position_at_end(next);
    }
    // Attribute names, then keyword-name tuples built from them.
    let mut attr_names: Vec<String> = g.name_slots.keys().cloned().collect();
    for kws in g.kw_slots.keys() {
        attr_names.extend(kws.iter().cloned());
    }
    attr_names.sort();
    attr_names.dedup();
    for n in &attr_names {
        let slot = match g.name_slots.get(n) {
            Some(s) => *s,
            None => {
                let s = g.slot(&format!("{}.n{}", g.prefix, g.name_slots.len()));
                g.name_slots.insert(n.clone(), s);
                s
            }
        };
        let p = const_bytes(g, n.as_bytes(), &format!("{}.ns.{}", g.prefix, n));
        let rt = g.rt(Rt::rt_const_str);
        let v = e(b.build_call(rt, &[p.into(), g.i64t.const_int(n.len() as u64, false).into()], ""))?;
        let v = v.try_as_basic_value().unwrap_basic().into_int_value();
        e(b.build_store(slot.as_pointer_value(), v))?;
    }
    let mut kws: Vec<(Vec<String>, GlobalValue)> = g.kw_slots.iter().map(|(k, v)| (k.clone(), *v)).collect();
    kws.sort_by(|a, b| a.0.cmp(&b.0));
    for (names, slot) in kws {
        let arr = e(b.build_array_alloca(g.i64t, g.i64t.const_int(names.len() as u64, false), ""))?;
        for (k, n) in names.iter().enumerate() {
            let ns = g.name_slots[n];
            let v = e(b.build_load(g.i64t, ns.as_pointer_value(), ""))?;
            let p = unsafe { e(b.build_gep(g.i64t, arr, &[g.i64t.const_int(k as u64, false)], ""))? };
            e(b.build_store(p, v))?;
        }
        let rt = g.rt(Rt::rt_build_tuple);
        let v = e(b.build_call(rt, &[arr.into(), g.i64t.const_int(names.len() as u64, false).into()], ""))?;
        let v = v.try_as_basic_value().unwrap_basic().into_int_value();
        e(b.build_store(slot.as_pointer_value(), v))?;
    }
    let mut names: Vec<&String> = g.builtin_slots.keys().collect();
    names.sort();
    let names: Vec<String> = names.into_iter().cloned().collect();
    for n in names {
        let slot = g.builtin_slots[&n];
        let p = const_bytes(g, n.as_bytes(), &format!("{}.b.{}", g.prefix, n));
        let rt = g.rt(Rt::rt_builtin);
        let v = e(b.build_call(rt, &[p.into(), g.i64t.const_int(n.len() as u64, false).into()], ""))?;
        let v = v.try_as_basic_value().unwrap_basic().into_int_value();
        e(b.build_store(slot.as_pointer_value(), v))?;
    }
    // The global slots, attached to the module dict.
    let dict = f.get_nth_param(0).unwrap().into_int_value();
    let entry_ty = g.ctx.struct_type(&[g.ptrt.into(), g.i64t.into(), g.ptrt.into()], false);
    let mut rows = vec![];
    for (i, name) in m.globals.iter().enumerate() {
        let p = const_bytes(g, name.as_bytes(), &format!("{}.gname{}", g.prefix, i));
        rows.push(entry_ty.const_named_struct(&[
            p.into(),
            g.i64t.const_int(name.len() as u64, false).into(),
            g.global_slots[i].as_pointer_value().into(),
        ]));
    }
    let table = g.llmod.add_global(entry_ty.array_type(rows.len() as u32), None, &format!("{}.globals", g.prefix));
    table.set_initializer(&entry_ty.const_array(&rows));
    table.set_constant(true);
    table.set_linkage(Linkage::Private);
    let rt = g.rt(Rt::rt_module_globals);
    let n = g.i64t.const_int(m.globals.len() as u64, false);
    e(b.build_call(rt, &[dict.into(), table.as_pointer_value().into(), n.into(), g.dict_slot.as_pointer_value().into()], ""))?;
    let body = g.impls[0];
    let r = e(b.build_call(body, &[g.i64t.const_zero().into()], ""))?.try_as_basic_value().unwrap_basic().into_int_value();
    let is_null = e(b.build_int_compare(inkwell::IntPredicate::EQ, r, g.i64t.const_zero(), ""))?;
    let ok = g.ctx.append_basic_block(f, "ok");
    e(b.build_conditional_branch(is_null, fail, ok))?;
    b.position_at_end(ok);
    e(b.build_return(Some(&g.i64t.const_zero())))?;
    b.position_at_end(fail);
    e(b.build_return(Some(&g.i64t.const_int(u64::MAX, true))))?;
    Ok(())
}

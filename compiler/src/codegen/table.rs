//! The module table: one small object file per executable that tells the runtime
//! which modules the program carries, so it can import them by name at run time
//! (`__import__`, `importlib.import_module`, `sys.meta_path`).
//!
//! Compiled `import` statements do not need it: each refers to its module's
//! `ModuleDef` directly. The table lists the same records for every compiled module
//! (and, with a null init function, the standard-library modules the program could
//! import but that were not compiled in), plus the native modules linked in, and
//! registers them with `rt_register_modules` from a static constructor, before
//! `main` runs. It depends on the whole program, so the driver makes it at every
//! build (it is a few hundred bytes) rather than caching it.

use super::{target_machine, Options};
use inkwell::context::Context;
use inkwell::module::{Linkage, Module as LModule};
use inkwell::values::{BasicValueEnum, PointerValue};
use inkwell::AddressSpace;

/// A module the table describes.
pub struct TableModule {
    pub name: String,
    /// The source file (`__file__`).
    pub file: String,
    pub package: bool,
    /// False for a module the program may import that was not compiled in: its
    /// record has no init function, and importing it raises ModuleNotFoundError
    /// with a note saying how to include it.
    pub linked: bool,
}

/// Emits the table of `compiled` modules and `natives` (native modules, each linked
/// in by the reference the table makes to its constructor).
pub fn emit<'ctx>(ctx: &'ctx Context, compiled: &[TableModule], natives: &[String], opts: Options) -> Result<LModule<'ctx>, String> {
    let llmod = ctx.create_module("krait.modules");
    let tm = target_machine(opts.opt_level)?;
    llmod.set_triple(&tm.get_triple());
    llmod.set_data_layout(&tm.get_target_data().get_data_layout());
    let (i64t, i32t) = (ctx.i64_type(), ctx.i32_type());
    let ptrt = ctx.ptr_type(AddressSpace::default());
    let mut n_bytes = 0;
    let mut bytes = |s: &str| -> PointerValue<'ctx> {
        let arr = ctx.const_string(s.as_bytes(), false);
        let g = llmod.add_global(arr.get_type(), None, &format!("krait.modules.s{}", n_bytes));
        n_bytes += 1;
        g.set_initializer(&arr);
        g.set_constant(true);
        g.set_linkage(Linkage::Private);
        g.as_pointer_value()
    };
    let init_ty = i64t.fn_type(&[i64t.into()], false);
    let ctor_ty = i64t.fn_type(&[], false);
    // ModuleDef records, as `Gen::def_record` makes them (`krait_abi::MODULE_DEF_FIELDS`).
    let def_ty = ctx.struct_type(&[ptrt.into(), i64t.into(), ptrt.into(), ptrt.into(), i64t.into(), i64t.into()], false);
    debug_assert_eq!(def_ty.count_fields() as usize, krait_abi::MODULE_DEF_FIELDS);
    let mut defs = vec![];
    for m in compiled {
        let init = if m.linked {
            let sym = format!("{}{}", krait_abi::MODULE_INIT_PREFIX, m.name);
            llmod.get_function(&sym).unwrap_or_else(|| llmod.add_function(&sym, init_ty, Some(Linkage::External))).as_global_value().as_pointer_value()
        } else {
            ptrt.const_null()
        };
        let fields: [BasicValueEnum; 6] = [
            bytes(&m.name).into(),
            i64t.const_int(m.name.len() as u64, false).into(),
            init.into(),
            bytes(&m.file).into(),
            i64t.const_int(m.file.len() as u64, false).into(),
            i64t.const_int(m.package as u64, false).into(),
        ];
        defs.push(def_ty.const_named_struct(&fields));
    }
    // NativeDef records: name, length, constructor.
    let native_ty = ctx.struct_type(&[ptrt.into(), i64t.into(), ptrt.into()], false);
    let mut nat = vec![];
    for name in natives {
        let sym = format!("{}{}", krait_abi::NATIVE_MODULE_PREFIX, name);
        let ctor = llmod.get_function(&sym).unwrap_or_else(|| llmod.add_function(&sym, ctor_ty, Some(Linkage::External)));
        let fields: [BasicValueEnum; 3] = [bytes(name).into(), i64t.const_int(name.len() as u64, false).into(), ctor.as_global_value().as_pointer_value().into()];
        nat.push(native_ty.const_named_struct(&fields));
    }
    let defs_g = llmod.add_global(def_ty.array_type(defs.len() as u32), None, "krait.modules.defs");
    defs_g.set_initializer(&def_ty.const_array(&defs));
    defs_g.set_constant(true);
    defs_g.set_linkage(Linkage::Private);
    let nat_g = llmod.add_global(native_ty.array_type(nat.len() as u32), None, "krait.modules.natives");
    nat_g.set_initializer(&native_ty.const_array(&nat));
    nat_g.set_constant(true);
    nat_g.set_linkage(Linkage::Private);
    // The constructor: rt_register_modules(defs, n, natives, m).
    let entry = krait_abi::Rt::rt_register_modules.entry();
    debug_assert_eq!(entry.params.len(), 4);
    let reg_ty = ctx.void_type().fn_type(&[ptrt.into(), i64t.into(), ptrt.into(), i64t.into()], false);
    let reg = llmod.add_function(entry.name, reg_ty, Some(Linkage::External));
    let f = llmod.add_function("krait.modules.register", ctx.void_type().fn_type(&[], false), Some(Linkage::Internal));
    let b = ctx.create_builder();
    b.position_at_end(ctx.append_basic_block(f, "entry"));
    let args = [
        defs_g.as_pointer_value().into(),
        i64t.const_int(defs.len() as u64, false).into(),
        nat_g.as_pointer_value().into(),
        i64t.const_int(nat.len() as u64, false).into(),
    ];
    b.build_call(reg, &args, "").map_err(|e| e.to_string())?;
    b.build_return(None).map_err(|e| e.to_string())?;
    // llvm.global_ctors = [{ i32 65535, ptr @register, ptr null }]
    let ctor_entry_ty = ctx.struct_type(&[i32t.into(), ptrt.into(), ptrt.into()], false);
    let ctor_entry = ctor_entry_ty.const_named_struct(&[i32t.const_int(65535, false).into(), f.as_global_value().as_pointer_value().into(), ptrt.const_null().into()]);
    let ctors = llmod.add_global(ctor_entry_ty.array_type(1), None, "llvm.global_ctors");
    ctors.set_initializer(&ctor_entry_ty.const_array(&[ctor_entry]));
    ctors.set_linkage(Linkage::Appending);
    llmod.verify().map_err(|e| format!("module table: {}", e.to_string()))?;
    Ok(llmod)
}

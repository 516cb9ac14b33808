using WebIdl.Language.Semantics;

namespace WebIdl.Generator.Binding
{
    /// <summary>
    /// The binding of an interface the runtime owns (<c>Event</c>, <c>EventTarget</c>, …) when
    /// <see cref="GeneratorOptions.OwnedContracts"/> is set: its contract alone, documented as implemented by the
    /// runtime's class. Every use of the name still maps to that class.
    /// </summary>
    internal static class OwnedContract
    {
        /// <summary>The contract of <paramref name="binding"/>, without its stub and statics.</summary>
        public static InterfaceBinding Of(InterfaceBinding binding, InterfaceSymbol symbol)
        {
            var runtime = RuntimeTypes.Find(symbol.Name)!;
            var docs = new DocComments()
                .Summary(symbol.Documentation, "The Web IDL interface " + DocComments.Code(symbol.Name) + ".")
                .Remarks("The contract of the Web IDL interface " + DocComments.Code(symbol.Name) + "; the runtime's <see cref=\"" + runtime.CSharp + "\"/> implements it.")
                .Build();
            return binding with
            {
                Contract = binding.Contract with { Docs = docs },
                Stub = new TypeDeclaration(),
                Statics = new TypeDeclaration(),
                HasStatics = false,
                ContractOnly = true,
            };
        }
    }
}

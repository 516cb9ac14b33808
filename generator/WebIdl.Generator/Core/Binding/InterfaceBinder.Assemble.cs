using System.Collections.Generic;
using WebIdl.Language.Text;

namespace WebIdl.Generator.Binding
{
    internal sealed partial class InterfaceBinder
    {
        private sealed partial class Builder
        {
            private BoundInterface Assemble()
            {
                var stubName = names.Stub;
                var idl = DocComments.Code(Idl);
                var contractDocs = new DocComments()
                    .Summary(symbol.Documentation, "The Web IDL interface " + idl + ".")
                    .Remarks("The contract of the Web IDL interface " + idl + "; " + DocComments.Code(stubName) + " is its validation stub.")
                    .Build();
                var stubDocs = new DocComments()
                    .Summary(symbol.Documentation, "The Web IDL interface " + idl + ".")
                    .Remarks("The validation stub of the Web IDL interface " + idl + ": its public members convert and check their arguments as Web IDL says, then call the protected abstract <c>…Core</c> members that an implementation overrides.")
                    .Build();

                if (hasStatics)
                {
                    fields.Add(new FieldBinding("private static ", StaticsFull + "?", "s_statics"));
                    var docs = new DocComments()
                        .SummaryXml("The implementation of the constructors and static members of " + idl + ": register one before using them.")
                        .Exception("global::System.InvalidOperationException", "Read before an implementation is registered.")
                        .Exception("global::System.ArgumentNullException", "Set to <see langword=\"null\"/>.")
                        .Build();
                    properties.Insert(0, new PropertyImplementation(
                        docs,
                        "public static " + New(baseStub.HidesMember(staticsProperty)),
                        StaticsFull,
                        staticsProperty,
                        "s_statics ?? throw new global::System.InvalidOperationException(" + CSharpNames.StringLiteral("No " + names.Secondary + " is registered: set " + stubName + "." + CSharpNames.Unescaped(staticsProperty) + " before using the constructors and static members of " + Idl + ".") + ")",
                        true,
                        new[] { "s_statics = value ?? throw new global::System.ArgumentNullException(nameof(value));" }));
                    ownStub.AddMember(staticsProperty);
                }

                if (root?.BaseConstructorParameters is { Length: > 0 } parameters)
                {
                    var docs = new DocComments()
                        .SummaryXml("Initializes the stub; the arguments go to the " + DocComments.Code(root.IdlName) + " constructor.")
                        .Build();
                    constructors.Add(new ConstructorImplementation(docs, "protected ", stubName, parameters, " : base(" + root.BaseConstructorArguments + ")", default));
                }

                if (stringifier is not null)
                {
                    methods.Add(new MethodImplementation(
                        new DocComments().SummaryXml("The IDL stringifier of " + idl + ".").Returns("The string.").Build(),
                        "public override ", "string", "ToString", "", new[] { stringifier }));
                    if (stringifierCore)
                    {
                        var core = CoreName("ToString", isMethod: true, new[] { "" });
                        methods[methods.Count - 1] = methods[methods.Count - 1] with { Statements = new[] { "return " + core + "();" } };
                        coreMethods.Add(new MethodSignature(new DocComments().SummaryXml("Implements " + DocComments.Code("ToString") + " (the IDL stringifier).").Returns("The string.").Build(), "protected abstract ", "string", core, ""));
                    }
                }

                var allMethods = new List<MethodImplementation>(factories);
                allMethods.AddRange(methods);
                var contract = new TypeDeclaration
                {
                    Docs = contractDocs,
                    Modifiers = "public partial interface ",
                    Name = names.Primary,
                    Bases = contractBases.Count == 0 ? "" : " : " + string.Join(", ", contractBases),
                    PropertySignatures = contractProperties.ToArray(),
                    EventSignatures = contractEvents.ToArray(),
                    IndexerSignatures = contractIndexers.ToArray(),
                    MethodSignatures = contractMethods.ToArray(),
                };
                var stubBases = stubBase.Length > 0 ? " : " + stubBase + ", " + ContractFull : " : " + ContractFull;
                var stub = new TypeDeclaration
                {
                    Docs = stubDocs,
                    Modifiers = "public abstract partial class ",
                    Name = stubName,
                    Bases = stubBases,
                    Constants = constants.ToArray(),
                    Fields = fields.ToArray(),
                    Constructors = constructors.ToArray(),
                    Properties = properties.ToArray(),
                    Events = events.ToArray(),
                    Indexers = indexers.ToArray(),
                    Methods = allMethods.ToArray(),
                    PropertySignatures = coreProperties.ToArray(),
                    MethodSignatures = coreMethods.ToArray(),
                };
                var statics = new TypeDeclaration
                {
                    Docs = new DocComments()
                        .SummaryXml("The constructors and static members of the Web IDL interface " + idl + ", as an implementation provides them.")
                        .Remarks("Register an implementation in " + DocComments.Code(stubName + "." + CSharpNames.Unescaped(staticsProperty)) + "; the static members of " + DocComments.Code(stubName) + " check and convert their arguments, then call it.")
                        .Build(),
                    Modifiers = "public partial interface ",
                    Name = names.Secondary,
                    PropertySignatures = staticsProperties.ToArray(),
                    MethodSignatures = staticsMethods.ToArray(),
                };
                var binding = new InterfaceBinding
                {
                    HintName = context.Names.HintName(names.Hint),
                    Namespace = context.Names.Namespace,
                    TypeName = names.Hint,
                    IdlName = Idl,
                    Contract = contract,
                    Stub = stub,
                    HasStatics = hasStatics,
                    Statics = statics,
                };
                var contractTable = new MemberTable();
                contractTable.Inherit(baseContract);
                contractTable.AddAll(ownContract);
                var stubTable = new MemberTable();
                stubTable.Inherit(baseStub);
                stubTable.AddAll(ownStub);
                return new BoundInterface(binding, contractTable, stubTable, root, hasStatics, covered);
            }
        }
    }
}

using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.Errors;
using Breakcard.Core.Identifiers;
using Breakcard.Core.Links;
using Breakcard.Core.People;
using Breakcard.Core.Telecom;
using Breakcard.Ingest.Entities;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Ingest.Tests.Entities;

public sealed class EntityFilesTests : IDisposable
{
    private const string PeopleHeader = "id,identity_number,name,gender,birth_date,education,occupation,home_region,address\n";
    private const string Person = "P0000001,510108196001112148,董思晶,female,1960-01-11,primary_or_none,retired,510108,成都市成华区航空港大道36号\n";
    private const string AccountsHeader = "account_number,bank,class,holder_kind,holder_id,opened,status,card_number,branch,opened_by,last_activity\n";
    private const string Account = "6217853959480318442,BOC,class_i,personal,P0000001,2005-12-19,active,6217853959480318442,BOC-510112-01,P0019443,2025-02-27\n";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "breakcard-entities-" + Guid.NewGuid().ToString("N"));

    public EntityFilesTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private (Collector Target, QuarantineList Quarantine, IReadOnlyList<EntityFileCounts> Counts) Read()
    {
        var target = new Collector();
        var quarantine = new QuarantineList();
        var counts = EntityFiles.Read(_dir, target, quarantine);
        return (target, quarantine, counts);
    }

    [Fact]
    public void Read_EveryFile_HandsOverEntitiesWithTheirFields()
    {
        Write("people.csv", PeopleHeader + Person);
        Write("companies.csv", "id,credit_code,name,registered_address,legal_representative_id,business_scope,registered,status\n"
            + "C000001,91510104RF28KAP0N6,某银行成都分行,\"成都市锦江区人民南路271号, 15层\",,吸收公众存款,2000-07-10,abnormal\n");
        Write("accounts.csv", AccountsHeader + Account + "51011068607796542,ICBC,class_i,corporate,C000001,2000-08-24,dormant,,,,\n");
        Write("phones.csv", "number,operator,kind,holder_id,activated,outlet,opened_by\n18853141568,china_mobile,iot,P0000001,2020-03-19,CM-510104-02,\n");
        Write("devices.csv", "device_id,kind,owner_id\n864527045926794,sim_box,\n");
        Write("links.csv", "from_kind,from_id,kind,to_kind,to_id,since\naccount,6217853959480318442,account_phone,phone,18853141568,\n");

        var (t, q, counts) = Read();

        Assert.Empty(q.Records);
        var p = Assert.Single(t.People);
        Assert.Equal(("P0000001", Gender.Female, new DateOnly(1960, 1, 11), Education.PrimaryOrNone, Occupation.Retired, "510108"),
            (p.Id, p.Gender, p.BirthDate, p.Education, p.Occupation, p.HomeRegion));
        var c = Assert.Single(t.Companies);
        Assert.Equal(("成都市锦江区人民南路271号, 15层", CompanyStatus.Abnormal, ""), (c.RegisteredAddress, c.Status, c.LegalRepresentativeId));
        Assert.Equal(2, t.Accounts.Count);
        Assert.Equal((AccountClass.ClassI, AccountHolderKind.Personal, new DateOnly(2025, 2, 27), "BOC-510112-01"),
            (t.Accounts[0].Class, t.Accounts[0].HolderKind, t.Accounts[0].LastActivity, t.Accounts[0].Branch));
        Assert.NotNull(t.Accounts[0].Card);
        Assert.Equal((AccountStatus.Dormant, (DateOnly?)null, (BankCardNumber?)null), (t.Accounts[1].Status, t.Accounts[1].LastActivity, t.Accounts[1].Card));
        var phone = Assert.Single(t.Phones);
        Assert.Equal((MobileOperator.ChinaMobile, PhoneCardKind.IoT, (string?)null), (phone.Operator, phone.Kind, phone.OpenedBy));
        var device = Assert.Single(t.Devices);
        Assert.Equal((DeviceKind.SimBox, (string?)null), (device.Kind, device.OwnerId));
        var link = Assert.Single(t.Links);
        Assert.Equal((EntityKind.Account, LinkKind.AccountPhone, EntityKind.Phone, DateOnly.MinValue), (link.FromKind, link.Kind, link.ToKind, link.Since));
        Assert.Equal(["people.csv", "companies.csv", "accounts.csv", "phones.csv", "devices.csv", "links.csv"], counts.Select(x => x.File));
        Assert.All(counts, x => Assert.Equal(x.Rows, x.Accepted));
    }

    [Theory]
    [InlineData("P0000002,510108196001112149,张三,female,1960-01-11,primary_or_none,retired,510108,x", "identity_number", RejectReason.InvalidId)]
    [InlineData("P0000002,510108196001112148,张三,unknown,1960-01-11,primary_or_none,retired,510108,x", "gender", RejectReason.UnknownValue)]
    [InlineData("P0000002,510108196001112148,张三,female,1960-13-11,primary_or_none,retired,510108,x", "birth_date", RejectReason.InvalidTime)]
    [InlineData("P0000002,510108196001112148,张三,female,1960-01-11,primary_or_none,astronaut,510108,x", "occupation", RejectReason.UnknownValue)]
    [InlineData(",510108196001112148,张三,female,1960-01-11,primary_or_none,retired,510108,x", "id", RejectReason.MissingValue)]
    [InlineData("P0000002,510108196001112148,,female,1960-01-11,primary_or_none,retired,510108,x", "name", RejectReason.MissingValue)]
    [InlineData("\u001FA12,510108196001112148,张三,female,1960-01-11,primary_or_none,retired,510108,x", "id", RejectReason.InvalidId)]
    [InlineData("P 0000002,510108196001112148,张三,female,1960-01-11,primary_or_none,retired,510108,x", "id", RejectReason.InvalidId)]
    [InlineData("P0000002,510108196001112148,张三,female", null, RejectReason.FieldCount)]
    [InlineData("P0000002,510108196001112148,\"张\"三,female,1960-01-11,primary_or_none,retired,510108,x", "name", RejectReason.Malformed)]
    public void Read_BadPersonRow_QuarantinedWithLineAndFieldAndReadingGoesOn(string row, string? field, RejectReason reason)
    {
        var path = Write("people.csv", PeopleHeader + row + "\n" + Person);

        var (t, q, counts) = Read();

        var bad = Assert.Single(q.Records);
        Assert.Equal((path, 2L, field, reason), (bad.Error.Source, bad.Error.Line, bad.Error.Field, bad.Reason));
        Assert.Equal(row, bad.RawRecord);
        Assert.Single(t.People);
        Assert.Equal(new EntityFileCounts("people.csv", 2, 1, 1), Assert.Single(counts));
    }

    [Theory]
    [InlineData("6217853959480318443,BOC,class_i,personal,P1,2005-12-19,active,6217853959480318443,,,", "card_number", RejectReason.InvalidId)]
    [InlineData("6217853959480318442,BOC,class_4,personal,P1,2005-12-19,active,,,,", "class", RejectReason.UnknownValue)]
    [InlineData("62-17,BOC,class_i,personal,P1,2005-12-19,active,,,,", "account_number", RejectReason.InvalidAccount)]
    [InlineData("6217853959480318442,BOC,class_i,personal,P1,2005-12-19,active,,,,2025/02/27", "last_activity", RejectReason.InvalidTime)]
    [InlineData("6217853959480318442,,class_i,personal,P1,2005-12-19,active,,,,", "bank", RejectReason.MissingValue)]
    [InlineData("6217853959480318442,BOC,class_i,personal,P 1,2005-12-19,active,,,,", "holder_id", RejectReason.InvalidId)]
    public void Read_BadAccountRow_QuarantinedWithField(string row, string field, RejectReason reason)
    {
        Write("accounts.csv", AccountsHeader + row + "\n" + Account);

        var (t, q, _) = Read();

        var bad = Assert.Single(q.Records);
        Assert.Equal((2L, field, reason), (bad.Error.Line, bad.Error.Field, bad.Reason));
        Assert.Single(t.Accounts);
    }

    [Theory]
    [InlineData("phones.csv", "number,operator,kind,holder_id,activated,outlet,opened_by\n12345,china_mobile,ordinary,P1,2020-03-19,,\n", "number")]
    [InlineData("devices.csv", "device_id,kind,owner_id\n864527045926795,phone,P1\n", "device_id")]
    [InlineData("links.csv", "from_kind,from_id,kind,to_kind,to_id,since\nperson,P1,likes,account,1,\n", "kind")]
    [InlineData("links.csv", "from_kind,from_id,kind,to_kind,to_id,since\naccount,\u001F12,account_phone,phone,18853141568,\n", "from_id")]
    [InlineData("companies.csv", "id,credit_code,name,registered_address,legal_representative_id,business_scope,registered,status\nC1,91510104RF28KAP0N7,n,a,,s,2000-07-10,operating\n", "credit_code")]
    public void Read_BadIdentifierOrKind_QuarantinedWithField(string file, string text, string field)
    {
        Write(file, text);

        var (t, q, _) = Read();

        var bad = Assert.Single(q.Records);
        Assert.Equal((Path.Combine(_dir, file), 2L, field), (bad.Error.Source, bad.Error.Line, bad.Error.Field));
        Assert.Equal(0, t.Total);
    }

    [Fact]
    public void Read_OneDamagedFile_StopsBeforeAnyEntityIsHandedOver()
    {
        Write("people.csv", PeopleHeader + Person);
        var path = Write("links.csv", "from_kind,from_id,kind,to_kind,to_id,since\naccount,1,account_phone,phone,18853141568,2020-01-01\naccount,2,acc");

        var ex = Assert.Throws<InvalidInputException>(() => Read());

        Assert.Equal((path, 3L), (ex.Error.Source, ex.Error.Line));
        Assert.Contains("truncated", ex.Error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0 }, "not a text file")]
    [InlineData(new byte[] { 0x69, 0x64, 0x0A, 0xC3, 0x28, 0x0A }, "UTF-8")]
    [InlineData(new byte[0], "empty")]
    public void Read_FileThatIsNotText_ClearErrorNamingTheFile(byte[] content, string expected)
    {
        var path = Path.Combine(_dir, "devices.csv");
        File.WriteAllBytes(path, content);

        var ex = Assert.Throws<InvalidInputException>(() => Read());

        Assert.Equal(path, ex.Error.Source);
        Assert.Contains(expected, ex.Error.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_HeaderWithoutARequiredColumn_NamesIt()
    {
        var path = Write("devices.csv", "device_id,owner_id\n864527045926794,P1\n");

        var ex = Assert.Throws<InvalidInputException>(() => Read());

        Assert.Equal((path, 1L, "kind"), (ex.Error.Source, ex.Error.Line, ex.Error.Field));
    }

    [Fact]
    public void Read_ColumnsInAnotherOrderAndExtraColumns_Accepted()
    {
        Write("devices.csv", "owner_id,note,kind,device_id\nP1,x,computer,864527045926794\n");

        var (t, q, _) = Read();

        Assert.Empty(q.Records);
        Assert.Equal(DeviceKind.Computer, Assert.Single(t.Devices).Kind);
    }

    private sealed class Collector : IEntityTarget
    {
        public List<Person> People { get; } = [];
        public List<Company> Companies { get; } = [];
        public List<BankAccount> Accounts { get; } = [];
        public List<PhoneCard> Phones { get; } = [];
        public List<Device> Devices { get; } = [];
        public List<EntityLink> Links { get; } = [];

        public int Total => People.Count + Companies.Count + Accounts.Count + Phones.Count + Devices.Count + Links.Count;

        public void Add(Person person) => People.Add(person);
        public void Add(Company company) => Companies.Add(company);
        public void Add(BankAccount account) => Accounts.Add(account);
        public void Add(PhoneCard phone) => Phones.Add(phone);
        public void Add(Device device) => Devices.Add(device);
        public void Add(EntityLink link) => Links.Add(link);
    }
}

<?php
// Lumen's older assertions and Codeception's REST steps.
class InvoiceApiTest extends TestCase
{
    public function testShow()
    {
        $this->get('/invoices/12')->seeStatusCode(«200»);
        $this->assertResponseStatus(«404»);
        $this->seeJsonContains(['total' => ‹250›]);
    }

    public function tryCreate(ApiTester $I)
    {
        $I->sendPost('/invoices', ['lines' => ‹3›]);
        $I->seeResponseCodeIs(«201»);
        $I->dontSeeResponseCodeIs(«500»);
    }
}

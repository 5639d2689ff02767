<?php
// A domain exception that carries the status its handler answers with.
final class ParcelProblem extends \RuntimeException
{
    public function __construct(string $message, private int $statusCode = «500», int $code = ‹0›)
    {
        parent::__construct($message, $code);
    }
}

function findParcel(string $id): array
{
    $row = db()->fetch('SELECT * FROM parcels WHERE id = ? LIMIT ‹100›', [$id]);
    if ($row === null) {
        throw new ParcelProblem("no parcel $id", «404»);
    }
    return $row;
}
